// deleteUnheldPosts — of the posts given, those no tenure and no change refers to any more
// (after the people who held them were removed to be read again): what is read again makes
// those still named.
// params: $postIds [string]
// returns: nothing
MATCH (post:Post) WHERE post.id IN $postIds
  AND NOT EXISTS { (:Tenure)-[:OF]->(post) }
  AND NOT EXISTS { (:Change)-[:TO_POST|FROM_POST]->(post) }
DETACH DELETE post
