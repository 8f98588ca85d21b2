// findSameNameSharedBody — pairs of people with a spelling in common who held posts in the same
// body (a Hà Tĩnh secretary and, later, a member of a central body named the same way, both
// members of the Central Committee): one person known in two places. People an editor split
// off are left out.
// params: $personIds [string] (one side of each pair)
// returns: a, b (person ids), aNaturalIds, bNaturalIds
UNWIND $personIds AS id
MATCH (p:Person {id: id})
WHERE p.mergeable
MATCH (p)-[:HELD]->(:Tenure)-[:OF]->(:Post)-[:IN]->(body:Organization)
WITH DISTINCT p, body
// A second MATCH, since one pattern may not use a relationship twice (both may hold one post).
MATCH (body)<-[:IN]-(:Post)<-[:OF]-(:Tenure)<-[:HELD]-(q:Person)
WHERE q <> p AND q.mergeable AND any(spelling IN [q.name] + q.aliases WHERE spelling IN [p.name] + p.aliases)
RETURN DISTINCT p.id AS a, q.id AS b, p.naturalIds AS aNaturalIds, q.naturalIds AS bNaturalIds
