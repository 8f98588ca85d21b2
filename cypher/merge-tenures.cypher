// mergeTenures — (person)-[:HELD]->(tenure)-[:OF]->(post), the attestation dates merged into
// the tenure's (kept sorted), first/last attested recomputed, the earliest reported start and
// the latest reported end kept, the terms it was attested under merged (kept sorted; so the
// result does not depend on the order articles arrive in), and the tenure EVIDENCED_BY its
// quotes. Run after mergePeople, mergePosts and mergeSource.
// The days articles call the post former (formerOn) are merged the same way, and whether any
// article names the person as holding it (namedCurrent).
// params: $tenures [{id, personId, postId, startDate?, endDate?, attestedOn: [YYYY-MM-DD], formerOn?: [YYYY-MM-DD], namedCurrent?: boolean, terms?: [string],
//                    termYears?: [string], evidenceIds}]
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
CALL (tenure, t) {
  UNWIND coalesce(tenure.formerOn, []) + [d IN coalesce(t.formerOn, []) | date(d)] AS day
  WITH DISTINCT day ORDER BY day
  RETURN collect(day) AS formerOn
}
CALL (tenure, t) {
  UNWIND coalesce(tenure.terms, []) + coalesce(t.terms, []) AS term
  WITH DISTINCT term ORDER BY term
  RETURN collect(term) AS terms
}
CALL (tenure, t) {
  UNWIND coalesce(tenure.termYears, []) + coalesce(t.termYears, []) AS years
  WITH DISTINCT years ORDER BY years
  RETURN collect(years) AS termYears
}
WITH tenure, t, attested, formerOn, terms, termYears,
     CASE WHEN t.startDate IS NULL THEN null ELSE date(t.startDate) END AS start,
     CASE WHEN t.endDate IS NULL THEN null ELSE date(t.endDate) END AS end
SET tenure.attestedOn = attested,
    tenure.namedCurrent = coalesce(tenure.namedCurrent, false) OR coalesce(t.namedCurrent, true),
    tenure.formerOn = formerOn,
    tenure.terms = terms,
    tenure.termYears = termYears,
    tenure.firstAttested = attested[0],
    tenure.lastAttested = attested[-1],
    tenure.reportedStart = CASE WHEN start IS NULL OR (tenure.reportedStart IS NOT NULL AND tenure.reportedStart <= start) THEN tenure.reportedStart ELSE start END,
    tenure.reportedEnd = CASE WHEN end IS NULL OR (tenure.reportedEnd IS NOT NULL AND tenure.reportedEnd >= end) THEN tenure.reportedEnd ELSE end END
// The dates as reported; an editor's correction (setTenureSpans) overrides them after this.
SET tenure.startDate = tenure.reportedStart, tenure.endDate = tenure.reportedEnd,
    tenure.startKnown = tenure.reportedStart IS NOT NULL, tenure.endKnown = tenure.reportedEnd IS NOT NULL
WITH tenure, t
UNWIND t.evidenceIds AS evidenceId
MATCH (ev:Evidence {id: evidenceId})
MERGE (tenure)-[:EVIDENCED_BY]->(ev)
