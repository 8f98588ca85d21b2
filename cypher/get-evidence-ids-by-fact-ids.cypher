// getEvidenceIdsByFactIds — the evidence of tenures, events and changes (EVIDENCED_BY) and of
// organizations' ends (END_EVIDENCED_BY), by the fact's id.
// params: $ids [string]
// returns: factId, evidenceId
UNWIND $ids AS factId
CALL (factId) {
  MATCH (:Tenure {id: factId})-[:EVIDENCED_BY]->(ev:Evidence) RETURN ev
  UNION
  MATCH (:Event {id: factId})-[:EVIDENCED_BY]->(ev:Evidence) RETURN ev
  UNION
  MATCH (:Change {id: factId})-[:EVIDENCED_BY]->(ev:Evidence) RETURN ev
  UNION
  MATCH (:Organization {id: factId})-[:END_EVIDENCED_BY]->(ev:Evidence) RETURN ev
}
RETURN factId, ev.id AS evidenceId
ORDER BY ev.start
