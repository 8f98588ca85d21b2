// mergeSource — the article and the quotes taken from it (Evidence, linked FROM it); merging, so
// an article read again (after a correction) changes nothing here.
// params: $source {id, title, url, publishedOn, author, text}, $evidence [{id, quote, start, end}]
// returns: nothing
MERGE (s:Source {id: $source.id})
  ON CREATE SET s.title = $source.title, s.url = $source.url, s.author = $source.author, s.text = $source.text,
                s.publishedOn = CASE WHEN $source.publishedOn IS NULL THEN null ELSE date($source.publishedOn) END
WITH s
UNWIND $evidence AS e
MERGE (ev:Evidence {id: e.id})
  ON CREATE SET ev.quote = e.quote, ev.start = e.start, ev.end = e.end
MERGE (ev)-[:FROM]->(s)
