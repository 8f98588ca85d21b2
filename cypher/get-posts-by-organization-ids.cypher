// getPostsByOrganizationIds — the posts of each body, most senior role first is left to the caller.
// params: $ids [string]
// returns: id, role, name, nameEn, singleHolder, organizationId
UNWIND $ids AS organizationId
MATCH (post:Post)-[:IN]->(:Organization {id: organizationId})
RETURN post.id AS id, post.role AS role, post.name AS name, post.nameEn AS nameEn,
       post.singleHolder AS singleHolder, organizationId
