// findTenuresByOrganizationRole — every tenure of the posts with `role` in one body: the
// candidates for `holders`, in one round trip (certainty on a date is judged by the caller).
// params: $organizationId, $role
// returns: the tenure columns (see getTenuresByPostIds)
MATCH (org:Organization {id: $organizationId})<-[:IN]-(post:Post {role: $role})<-[:OF]-(t:Tenure)<-[:HELD]-(person:Person)
RETURN t.id AS id, person.id AS personId, post.id AS postId, t.startDate AS startDate, t.endDate AS endDate,
       t.attestedOn AS attestedOn, t.firstAttested AS firstAttested, t.lastAttested AS lastAttested,
       org.endDate AS bodyEndDate
ORDER BY person.name
