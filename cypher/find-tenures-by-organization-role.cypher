// findTenuresByOrganizationRole — every tenure of the posts with `role` in one body: the
// candidates for `holders`, in one round trip (certainty on a date is judged by the caller).
// params: $organizationId, $role
// returns: the tenure columns (see getTenuresByPostIds)
MATCH (org:Organization {id: $organizationId})<-[:IN]-(post:Post {role: $role})<-[:OF]-(t:Tenure)<-[:HELD]-(person:Person)
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
ORDER BY person.name
