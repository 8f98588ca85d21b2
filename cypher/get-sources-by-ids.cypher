// getSourcesByIds — articles by id (without their text).
// params: $ids [string]
// returns: id, title, url, publishedOn, author
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.title AS title, s.url AS url, s.publishedOn AS publishedOn, s.author AS author
