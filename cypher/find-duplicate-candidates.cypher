// findDuplicateCandidates — people who could be one person written two ways are compared in
// blocks of the same family name (first folded syllable) and number of syllables; each comes
// with the province they are known in and the bodies they held posts in, to judge whether
// two of them could be one person.
// params: none
// returns: people [{id, name, areaIds, organizationIds}] (one block, two or more people)
MATCH (p:Person)
WITH p, split(p.nameFolded, ' ') AS words
WITH words[0] AS family, size(words) AS syllables, p ORDER BY p.id
WITH family, syllables, collect(p) AS block
WHERE size(block) > 1
UNWIND block AS p
CALL (p) {
  OPTIONAL MATCH (p)-[:KNOWN_IN]->(area:Area)
  WITH area ORDER BY area.id
  RETURN collect(area.id) AS areaIds
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HELD]->(:Tenure)-[:OF]->(:Post)-[:IN]->(org:Organization)
  WITH DISTINCT org ORDER BY org.id
  RETURN collect(org.id) AS organizationIds
}
WITH family, syllables, p, areaIds, organizationIds ORDER BY p.id
WITH family, syllables, collect({id: p.id, name: p.name, areaIds: areaIds, organizationIds: organizationIds}) AS people
RETURN people
ORDER BY family, syllables
