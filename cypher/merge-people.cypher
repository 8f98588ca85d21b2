// mergePeople — people by id, each linked to the article that names them (NAMED_IN) and to the
// province their identity belongs to (KNOWN_IN; none for a national figure). Every spelling seen is kept: the one with the most
// diacritics is the name (ties: code-point order), the others are aliases in the same order,
// so the result does not depend on the order articles arrive in.
// Also kept: the ids the articles' mentions had before the graph's snapshot applied
// (naturalIds, sorted) and whether the person may be found to be someone else (mergeable).
// params: $sourceId string, $people [{id, name, nameFolded, areaId, naturalIds, mergeable}]
// returns: nothing
UNWIND $people AS p
MERGE (person:Person {id: p.id})
  ON CREATE SET person.name = p.name, person.nameFolded = p.nameFolded, person.aliases = [], person.naturalIds = []
SET person.mergeable = p.mergeable
WITH person, p
CALL (person, p) {
  UNWIND coalesce(person.naturalIds, []) + p.naturalIds AS naturalId
  WITH DISTINCT naturalId ORDER BY naturalId
  RETURN collect(naturalId) AS naturalIds
}
SET person.naturalIds = naturalIds
WITH person, p
CALL (person, p) {
  UNWIND [person.name] + person.aliases + [p.name] AS spelling
  WITH DISTINCT spelling
  ORDER BY size(normalize(spelling, NFD)) - size(spelling) DESC, spelling
  RETURN collect(spelling) AS spellings
}
SET person.name = spellings[0], person.aliases = spellings[1..]
WITH person, p
MATCH (source:Source {id: $sourceId})
MERGE (person)-[:NAMED_IN]->(source)
WITH person, p
WHERE p.areaId IS NOT NULL
MATCH (area:Area {id: p.areaId})
MERGE (person)-[:KNOWN_IN]->(area)
