// findSourcesToReprocess — one page of the articles to read again, in id order after $after
// (keyset paging: the ids, never the texts, and never all at once): with $olderThan, those an
// extractor older than that version read (no version recorded: the oldest) and those it
// failed on; with $olderThan null, every article.
// params: $after (string | null), $olderThan (int | null), $limit (int)
// returns: id
MATCH (s:Source)
WHERE ($after IS NULL OR s.id > $after)
  AND ($olderThan IS NULL OR coalesce(s.extractorVersion, 0) < $olderThan OR s.extractionStatus = 'FAILED')
RETURN s.id AS id
ORDER BY s.id
LIMIT $limit
