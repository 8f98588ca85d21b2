// findCoParticipants — who took part in the same events as a person, most shared events first.
// params: $personId, $first
// returns: personId, eventIds [string]
MATCH (:Person {id: $personId})-[:PARTICIPATED]->(e:Event)<-[:PARTICIPATED]-(other:Person)
WITH other, e ORDER BY e.periodFrom, e.id
WITH other, collect(e.id) AS eventIds
RETURN other.id AS personId, eventIds
ORDER BY size(eventIds) DESC, other.name
LIMIT $first
