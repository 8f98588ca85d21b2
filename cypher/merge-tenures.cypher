// mergeTenures — (person)-[:HELD]->(tenure)-[:OF]->(post), the attestation dates merged into
// the tenure's (kept sorted), first/last attested recomputed, the earliest reported start and
// the latest reported end kept (so the result does not depend on the order articles arrive in),
// and the tenure EVIDENCED_BY its quotes. Run after mergePeople, mergePosts and createSource.
// params: $tenures [{id, personId, postId, startDate?, endDate?, attestedOn: [YYYY-MM-DD], evidenceIds}]
// returns: nothing
UNWIND $tenures AS t
MATCH (person:Person {id: t.personId})
MATCH (post:Post {id: t.postId})
MERGE (tenure:Tenure {id: t.id})
  ON CREATE SET tenure.attestedOn = [], tenure.startKnown = false, tenure.endKnown = false
MERGE (person)-[:HELD]->(tenure)
MERGE (tenure)-[:OF]->(post)
WITH tenure, t
CALL (tenure, t) {
  UNWIND tenure.attestedOn + [d IN t.attestedOn | date(d)] AS day
  WITH DISTINCT day ORDER BY day
  RETURN collect(day) AS attested
}
WITH tenure, t, attested,
     CASE WHEN t.startDate IS NULL THEN null ELSE date(t.startDate) END AS start,
     CASE WHEN t.endDate IS NULL THEN null ELSE date(t.endDate) END AS end
SET tenure.attestedOn = attested,
    tenure.firstAttested = attested[0],
    tenure.lastAttested = attested[-1],
    tenure.startDate = CASE WHEN start IS NULL OR (tenure.startDate IS NOT NULL AND tenure.startDate <= start) THEN tenure.startDate ELSE start END,
    tenure.endDate = CASE WHEN end IS NULL OR (tenure.endDate IS NOT NULL AND tenure.endDate >= end) THEN tenure.endDate ELSE end END
SET tenure.startKnown = tenure.startDate IS NOT NULL, tenure.endKnown = tenure.endDate IS NOT NULL
WITH tenure, t
UNWIND t.evidenceIds AS evidenceId
MATCH (ev:Evidence {id: evidenceId})
MERGE (tenure)-[:EVIDENCED_BY]->(ev)
