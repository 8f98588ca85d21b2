// getParticipationsByEventIds — who took part in each event, with roles and evidence ids.
// params: $ids [string]
// returns: personId, eventId, roles, evidenceIds
UNWIND $ids AS eventId
MATCH (p:Person)-[r:PARTICIPATED]->(:Event {id: eventId})
RETURN p.id AS personId, eventId, r.roles AS roles, r.evidenceIds AS evidenceIds
ORDER BY p.name
