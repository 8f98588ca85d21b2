// mergeParticipations — (person)-[:PARTICIPATED {roles, evidenceIds}]->(event); roles and
// evidence ids are merged with those already there. Run after mergePeople and mergeEvents.
// params: $participations [{personId, eventId, roles, evidenceIds}]
// returns: nothing
UNWIND $participations AS p
MATCH (person:Person {id: p.personId})
MATCH (event:Event {id: p.eventId})
MERGE (person)-[r:PARTICIPATED]->(event)
  ON CREATE SET r.roles = [], r.evidenceIds = []
SET r.roles = r.roles + [role IN p.roles WHERE NOT role IN r.roles],
    r.evidenceIds = r.evidenceIds + [id IN p.evidenceIds WHERE NOT id IN r.evidenceIds]
