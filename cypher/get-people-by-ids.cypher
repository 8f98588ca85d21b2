// getPeopleByIds — people by id, in no particular order (the loader re-orders), with the
// province their identity belongs to (null for a national figure).
// params: $ids [string]
// returns: id, name, aliases, areaId
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (p)-[:KNOWN_IN]->(area:Area)
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, area.id AS areaId
