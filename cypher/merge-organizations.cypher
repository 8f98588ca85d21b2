// mergeOrganizations — bodies, their areas (FOR_AREA) and the bodies they belong to (PART_OF).
// Run after mergeAreas. A parent is always in the same list (resolve adds the whole chain).
// params: $organizations [{id, name, nameEn, nameFolded, kind, level, areaId, parentId}]
// returns: nothing
UNWIND $organizations AS o
MERGE (org:Organization {id: o.id})
  ON CREATE SET org.name = o.name, org.nameEn = o.nameEn, org.nameFolded = o.nameFolded,
                org.kind = o.kind, org.level = o.level
FOREACH (areaId IN CASE WHEN o.areaId IS NULL THEN [] ELSE [o.areaId] END |
  MERGE (area:Area {id: areaId})
  MERGE (org)-[:FOR_AREA]->(area))
FOREACH (parentId IN CASE WHEN o.parentId IS NULL THEN [] ELSE [o.parentId] END |
  MERGE (parent:Organization {id: parentId})
  MERGE (org)-[:PART_OF]->(parent))
