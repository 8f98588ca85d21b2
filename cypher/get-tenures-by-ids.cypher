// getTenuresByIds — tenures by id, with what certainty is judged from.
// params: $ids [string]
// returns: the tenure columns (see getTenuresByPostIds)
UNWIND $ids AS id
MATCH (person:Person)-[:HELD]->(t:Tenure {id: id})-[:OF]->(post:Post)-[:IN]->(org:Organization)
RETURN t.id AS id, person.id AS personId, post.id AS postId, t.startDate AS startDate, t.endDate AS endDate,
       t.attestedOn AS attestedOn, t.firstAttested AS firstAttested, t.lastAttested AS lastAttested,
       org.endDate AS bodyEndDate
