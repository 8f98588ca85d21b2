// getAreasByIds — areas by id, with the area each lies within.
// params: $ids [string]
// returns: id, name, kind, withinId
UNWIND $ids AS id
MATCH (a:Area {id: id})
OPTIONAL MATCH (a)-[:WITHIN]->(outer:Area)
RETURN a.id AS id, a.name AS name, a.kind AS kind, outer.id AS withinId
