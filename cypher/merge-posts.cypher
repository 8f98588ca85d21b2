// mergePosts — seats in bodies, linked IN their organization. Run after mergeOrganizations.
// params: $posts [{id, role, name, nameEn, nameFolded, singleHolder, organizationId}]
// returns: nothing
UNWIND $posts AS p
MATCH (org:Organization {id: p.organizationId})
MERGE (post:Post {id: p.id})
  ON CREATE SET post.role = p.role, post.name = p.name, post.nameEn = p.nameEn,
                post.nameFolded = p.nameFolded, post.singleHolder = p.singleHolder
MERGE (post)-[:IN]->(org)
