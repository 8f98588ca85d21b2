// getPostsByIds — posts by id, with their organization's id.
// params: $ids [string]
// returns: id, role, name, nameEn, singleHolder, organizationId
UNWIND $ids AS id
MATCH (post:Post {id: id})-[:IN]->(org:Organization)
RETURN post.id AS id, post.role AS role, post.name AS name, post.nameEn AS nameEn,
       post.singleHolder AS singleHolder, org.id AS organizationId
