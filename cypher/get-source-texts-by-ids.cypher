// getSourceTextsByIds — articles by id with their text, to be read again.
// params: $ids [string]
// returns: id, title, url, publishedOn, author, text
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.title AS title, s.url AS url, s.publishedOn AS publishedOn, s.author AS author, s.text AS text
ORDER BY s.id
