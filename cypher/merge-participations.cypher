// mergeParticipations — (person)-[:PARTICIPATED {roles, evidenceIds}]->(event); roles and
// evidence ids are merged with those already there and kept sorted (order-independent).
// Run after mergePeople and mergeEvents.
// params: $participations [{personId, eventId, roles, evidenceIds}]
// returns: nothing
UNWIND $participations AS p
MATCH (person:Person {id: p.personId})
MATCH (event:Event {id: p.eventId})
MERGE (person)-[r:PARTICIPATED]->(event)
  ON CREATE SET r.roles = [], r.evidenceIds = []
WITH r, p
CALL (r, p) {
  UNWIND r.roles + p.roles AS role
  WITH DISTINCT role ORDER BY role
  RETURN collect(role) AS roles
}
CALL (r, p) {
  UNWIND r.evidenceIds + p.evidenceIds AS id
  WITH DISTINCT id ORDER BY id
  RETURN collect(id) AS evidenceIds
}
SET r.roles = roles, r.evidenceIds = evidenceIds
