// getChildrenByOrganizationIds — the ids of the bodies that are PART_OF each body.
// params: $ids [string]
// returns: parentId, id
UNWIND $ids AS parentId
MATCH (child:Organization)-[:PART_OF]->(:Organization {id: parentId})
RETURN parentId, child.id AS id
ORDER BY child.name
