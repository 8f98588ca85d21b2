// getTenuresByIds — tenures by id, with what certainty is judged from.
// params: $ids [string]
// returns: the tenure columns (see getTenuresByPostIds)
UNWIND $ids AS id
MATCH (person:Person)-[:HELD]->(t:Tenure {id: id})-[:OF]->(post:Post)-[:IN]->(org:Organization)
// For a single-holder post: the first day another person is known in it after t began.
CALL (t, post) {
  OPTIONAL MATCH (post)<-[:OF]-(other:Tenure)
  WHERE post.singleHolder AND other <> t
    AND coalesce(other.startDate, other.firstAttested) > coalesce(t.startDate, t.firstAttested)
  RETURN min(coalesce(other.startDate, other.firstAttested)) AS successorFrom
}
RETURN t.id AS id, person.id AS personId, post.id AS postId, t.startDate AS startDate, t.endDate AS endDate,
       t.attestedOn AS attestedOn, t.firstAttested AS firstAttested, t.lastAttested AS lastAttested,
       org.endDate AS bodyEndDate, successorFrom
