// findEvents — events filtered by convening body, participant and date range, oldest first
// (by day, or by the start of the month/quarter/year they are known to), one page of them
// and the total. An event's period counts when it overlaps [from, to].
// params: $organizationId?, $participantId?, $from? (YYYY-MM-DD), $to?, $offset, $limit
// returns: totalCount, events [event map as in getEventsByIds]
MATCH (e:Event)
WHERE ($organizationId IS NULL OR EXISTS { (e)-[:CONVENED_BY]->(:Organization {id: $organizationId}) })
  AND ($participantId IS NULL OR EXISTS { (:Person {id: $participantId})-[:PARTICIPATED]->(e) })
  AND ($from IS NULL OR e.periodTo >= date($from))
  AND ($to IS NULL OR e.periodFrom <= date($to))
OPTIONAL MATCH (e)-[:CONVENED_BY]->(body:Organization)
WITH e, body
ORDER BY e.periodFrom, e.id
WITH collect(e {.id, .kind, .name, .ordinal, .date, .dateKnown, .dateText, .periodFrom, .periodTo, .term, .termStart, .termEnd,
                convenedById: body.id}) AS events
RETURN size(events) AS totalCount, events[$offset..$offset + $limit] AS events
