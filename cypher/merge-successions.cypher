// mergeSuccessions — (earlier tenure)-[:PRECEDED]->(later tenure) of a single-holder post, as an
// article states it (resolve/stated-successions.ts), with the quotes it rests on merged into the
// relationship's (kept sorted, so the result does not depend on the order articles arrive in).
// Run after mergeTenures. The relationship goes with its tenures when their people are read again.
// params: $successions [{fromTenureId, toTenureId, evidenceIds}]
// returns: nothing
UNWIND $successions AS s
MATCH (earlier:Tenure {id: s.fromTenureId})
MATCH (later:Tenure {id: s.toTenureId})
MERGE (earlier)-[preceded:PRECEDED]->(later)
WITH preceded, s
CALL (preceded, s) {
  UNWIND coalesce(preceded.evidenceIds, []) + s.evidenceIds AS evidenceId
  WITH DISTINCT evidenceId ORDER BY evidenceId
  RETURN collect(evidenceId) AS evidenceIds
}
SET preceded.evidenceIds = evidenceIds
