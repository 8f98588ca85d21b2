// findPersonRedirects — where ids of people no longer in the graph lead, one step: to the person
// they were found to be (SameAs, src/ingest/identities.ts) or, failing that, the person an editor
// merged them into (the latest such correction). Ids with neither are left out.
// params: $ids [string]
// returns: fromId, toId
UNWIND $ids AS id
OPTIONAL MATCH (same:SameAs {fromId: id})
CALL (id) {
  OPTIONAL MATCH (merge:Correction {kind: 'MERGE_PEOPLE'})
  WHERE id IN merge.personIds
  RETURN merge.intoId AS intoId
  ORDER BY merge.at DESC
  LIMIT 1
}
WITH id, coalesce(same.toId, intoId) AS toId
WHERE toId IS NOT NULL AND toId <> id
RETURN id AS fromId, toId
