// deletePeople — removes people with their tenures, changes and participations, before what the
// articles say of them is read again with a correction applied.
// params: $personIds [string]
// returns: nothing
MATCH (p:Person) WHERE p.id IN $personIds
OPTIONAL MATCH (p)-[:HELD]->(t:Tenure)
OPTIONAL MATCH (p)<-[:OF_PERSON]-(c:Change)
DETACH DELETE t, c
WITH DISTINCT p
DETACH DELETE p
