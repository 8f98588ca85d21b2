// mergeTenures — (person)-[:HELD]->(tenure)-[:OF]->(post), the attestation dates merged into
// the tenure's, first/last attested recomputed, and the tenure EVIDENCED_BY its quotes.
// Run after mergePeople, mergePosts and createSource.
// params: $tenures [{id, personId, postId, attestedOn: [YYYY-MM-DD], evidenceIds}]
// returns: nothing
UNWIND $tenures AS t
MATCH (person:Person {id: t.personId})
MATCH (post:Post {id: t.postId})
MERGE (tenure:Tenure {id: t.id})
  ON CREATE SET tenure.attestedOn = [], tenure.startKnown = false, tenure.endKnown = false
MERGE (person)-[:HELD]->(tenure)
MERGE (tenure)-[:OF]->(post)
WITH tenure, t, [d IN t.attestedOn | date(d)] AS dates
WITH tenure, t, tenure.attestedOn + [d IN dates WHERE NOT d IN tenure.attestedOn] AS attested
SET tenure.attestedOn = attested,
    tenure.firstAttested = reduce(first = null, d IN attested | CASE WHEN first IS NULL OR d < first THEN d ELSE first END),
    tenure.lastAttested = reduce(last = null, d IN attested | CASE WHEN last IS NULL OR d > last THEN d ELSE last END)
WITH tenure, t
UNWIND t.evidenceIds AS evidenceId
MATCH (ev:Evidence {id: evidenceId})
MERGE (tenure)-[:EVIDENCED_BY]->(ev)
