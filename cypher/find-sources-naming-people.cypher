// findSourcesNamingPeople — the ids of the articles that name any of the people (NAMED_IN).
// params: $personIds [string]
// returns: id
MATCH (p:Person)-[:NAMED_IN]->(s:Source)
WHERE p.id IN $personIds
RETURN DISTINCT s.id AS id
ORDER BY id
