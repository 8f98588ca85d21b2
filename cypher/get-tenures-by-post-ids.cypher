// getTenuresByPostIds — every tenure of each post, with what certainty is judged from.
// params: $ids [string]
// returns: id, personId, postId, startDate, endDate, attestedOn, firstAttested, lastAttested, bodyEndDate
UNWIND $ids AS postId
MATCH (person:Person)-[:HELD]->(t:Tenure)-[:OF]->(post:Post {id: postId})-[:IN]->(org:Organization)
RETURN t.id AS id, person.id AS personId, post.id AS postId, t.startDate AS startDate, t.endDate AS endDate,
       t.attestedOn AS attestedOn, t.firstAttested AS firstAttested, t.lastAttested AS lastAttested,
       org.endDate AS bodyEndDate
