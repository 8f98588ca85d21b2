// createSource — the article and the quotes taken from it (Evidence, linked FROM it).
// params: $source {id, title, url, publishedOn, author, text}, $evidence [{id, quote, start, end}]
// returns: nothing
CREATE (s:Source {id: $source.id, title: $source.title, url: $source.url, author: $source.author, text: $source.text})
SET s.publishedOn = CASE WHEN $source.publishedOn IS NULL THEN null ELSE date($source.publishedOn) END
WITH s
UNWIND $evidence AS e
MERGE (ev:Evidence {id: e.id})
  ON CREATE SET ev.quote = e.quote, ev.start = e.start, ev.end = e.end
MERGE (ev)-[:FROM]->(s)
