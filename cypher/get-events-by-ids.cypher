// getEventsByIds — events by id, with the id of the body that convened each.
// params: $ids [string]
// returns: the event columns (see findEvents)
UNWIND $ids AS id
MATCH (e:Event {id: id})
OPTIONAL MATCH (e)-[:CONVENED_BY]->(body:Organization)
RETURN e {.id, .kind, .name, .ordinal, .date, .dateKnown, .dateText, .periodFrom, .periodTo, .term, .termStart, .termEnd,
          convenedById: body.id} AS event
