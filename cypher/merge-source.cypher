// mergeSource — the article and the quotes taken from it (Evidence, linked FROM it); merging, so
// an article read again (after a correction) changes nothing here.
// The period an undated article's text tells (periodFrom, periodTo) is what this extractor read
// of it, so it is set again on every reading.
// params: $source {id, title, url, publishedOn, periodFrom, periodTo, author, text}, $evidence [{id, quote, start, end}]
// returns: nothing
MERGE (s:Source {id: $source.id})
  ON CREATE SET s.title = $source.title, s.url = $source.url, s.author = $source.author, s.text = $source.text,
                s.publishedOn = CASE WHEN $source.publishedOn IS NULL THEN null ELSE date($source.publishedOn) END
SET s.periodFrom = CASE WHEN $source.periodFrom IS NULL THEN null ELSE date($source.periodFrom) END,
    s.periodTo = CASE WHEN $source.periodTo IS NULL THEN null ELSE date($source.periodTo) END
WITH s
UNWIND $evidence AS e
MERGE (ev:Evidence {id: e.id})
  ON CREATE SET ev.quote = e.quote, ev.start = e.start, ev.end = e.end
MERGE (ev)-[:FROM]->(s)
