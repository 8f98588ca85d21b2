// findSourcesNamingPeople — the articles that name any of the people (NAMED_IN), with their text,
// so what they say of those people can be read again.
// params: $personIds [string]
// returns: id, title, url, publishedOn, author, text
MATCH (p:Person)-[:NAMED_IN]->(s:Source)
WHERE p.id IN $personIds
WITH DISTINCT s
RETURN s.id AS id, s.title AS title, s.url AS url, s.publishedOn AS publishedOn, s.author AS author, s.text AS text
ORDER BY s.id
