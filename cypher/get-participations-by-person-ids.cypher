// getParticipationsByPersonIds — the events each person took part in, with roles and evidence ids.
// params: $ids [string]
// returns: personId, eventId, roles, evidenceIds
UNWIND $ids AS personId
MATCH (:Person {id: personId})-[r:PARTICIPATED]->(e:Event)
RETURN personId, e.id AS eventId, r.roles AS roles, r.evidenceIds AS evidenceIds
ORDER BY e.periodFrom, e.id
