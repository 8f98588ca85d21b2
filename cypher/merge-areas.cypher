// mergeAreas — areas (provinces, cities, …) and the areas they lie within.
// params: $areas [{id, name, nameFolded, kind, withinId}]
// returns: nothing
UNWIND $areas AS a
MERGE (area:Area {id: a.id})
  ON CREATE SET area.name = a.name, area.nameFolded = a.nameFolded, area.kind = a.kind
WITH area, a
WHERE a.withinId IS NOT NULL
MERGE (outer:Area {id: a.withinId})
MERGE (area)-[:WITHIN]->(outer)
