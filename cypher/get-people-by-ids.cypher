// getPeopleByIds — people by id, in no particular order (the loader re-orders), with the
// province their identity belongs to (null for a national figure; the first by id when an
// editor merged people from two provinces).
// params: $ids [string]
// returns: id, name, aliases, areaId
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  OPTIONAL MATCH (p)-[:KNOWN_IN]->(area:Area)
  RETURN area.id AS areaId ORDER BY areaId LIMIT 1
}
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, areaId
