// getChangesByPersonIds — the reported changes of each person, oldest first (undated last).
// params: $ids [string]
// returns: id, kind, personId, postId, fromPostId, date, dateText
UNWIND $ids AS personId
MATCH (change:Change)-[:OF_PERSON]->(:Person {id: personId})
OPTIONAL MATCH (change)-[:TO_POST]->(post:Post)
OPTIONAL MATCH (change)-[:FROM_POST]->(fromPost:Post)
RETURN change.id AS id, change.kind AS kind, personId, post.id AS postId, fromPost.id AS fromPostId,
       change.date AS date, change.dateText AS dateText
ORDER BY change.date, change.id
