// exportRelationships — every relationship with its ends' ids and its properties, in a stable
// order (for a canonical export and for comparing graphs).
// params: none
// returns: from, type, to, properties
MATCH (a)-[r]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties
ORDER BY from, type, to
