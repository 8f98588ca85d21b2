// getOrganizationsByIds — bodies by id, with their area and parent ids.
// params: $ids [string]
// returns: id, name, nameEn, kind, level, endDate, areaId, parentId
UNWIND $ids AS id
MATCH (o:Organization {id: id})
OPTIONAL MATCH (o)-[:FOR_AREA]->(area:Area)
OPTIONAL MATCH (o)-[:PART_OF]->(parent:Organization)
RETURN o.id AS id, o.name AS name, o.nameEn AS nameEn, o.kind AS kind, o.level AS level,
       o.endDate AS endDate, area.id AS areaId, parent.id AS parentId
