// exportNodes — every node of the graph with its properties, in a stable order (for a
// canonical export and for comparing graphs).
// params: none
// returns: label, id, properties
MATCH (n)
WHERE NOT n:OfficialsGraphTestDatabase
RETURN labels(n)[0] AS label, n.id AS id, properties(n) AS properties
ORDER BY label, id
