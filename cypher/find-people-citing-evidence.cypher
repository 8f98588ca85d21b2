// findPeopleCitingEvidence — the people whose tenures, changes or participations rest on a quote.
// params: $evidenceId string
// returns: personId
MATCH (ev:Evidence {id: $evidenceId})
CALL (ev) {
  MATCH (p:Person)-[:HELD]->(:Tenure)-[:EVIDENCED_BY]->(ev) RETURN p
  UNION
  MATCH (p:Person)<-[:OF_PERSON]-(:Change)-[:EVIDENCED_BY]->(ev) RETURN p
  UNION
  MATCH (p:Person)-[r:PARTICIPATED]->(:Event) WHERE ev.id IN r.evidenceIds RETURN p
}
RETURN DISTINCT p.id AS personId
