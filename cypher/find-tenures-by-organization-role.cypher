// findTenuresByOrganizationRole — whether the body exists, and every tenure of its posts with
// `role`: the candidates for `holders`, in one round trip (certainty on a date is judged by the
// caller). No row: no such body; one row with a null tenure: the body, but no such tenure.
// params: $organizationId, $role
// returns: tenure (the tenure columns of getTenuresByPostIds, as a map) or null
MATCH (org:Organization {id: $organizationId})
OPTIONAL MATCH (org)<-[:IN]-(post:Post {role: $role})<-[:OF]-(t:Tenure)<-[:HELD]-(person:Person)
// For a single-holder post: the first day another person is known in it after t began.
CALL (t, post) {
  OPTIONAL MATCH (post)<-[:OF]-(other:Tenure)
  WHERE post.singleHolder AND other <> t
    AND coalesce(other.startDate, other.firstAttested) > coalesce(t.startDate, t.firstAttested)
  RETURN min(coalesce(other.startDate, other.firstAttested)) AS successorFrom
}
RETURN CASE WHEN t IS NULL THEN null ELSE {
         id: t.id, personId: person.id, postId: post.id, startDate: t.startDate, endDate: t.endDate,
         attestedOn: t.attestedOn, firstAttested: t.firstAttested, lastAttested: t.lastAttested,
         bodyEndDate: org.endDate, successorFrom: successorFrom
       } END AS tenure
ORDER BY person.name
