// findSources — articles in id order (without their text), those the extractor read with
// $status when given (a source stored before statuses were recorded counts as OK): one page
// of them and the total.
// params: $status ('OK' | 'FAILED' | null), $offset, $limit
// returns: totalCount, sources [rows as in getSourcesByIds]
MATCH (s:Source)
WHERE $status IS NULL OR coalesce(s.extractionStatus, 'OK') = $status
WITH count(s) AS totalCount
CALL () {
  MATCH (s:Source)
  WHERE $status IS NULL OR coalesce(s.extractionStatus, 'OK') = $status
  WITH s ORDER BY s.id SKIP $offset LIMIT $limit
  RETURN collect(s {.id, .title, .url, .publishedOn, .periodFrom, .periodTo, .author, .extractorVersion, .extractionStatus, .extractionError}) AS sources
}
RETURN totalCount, sources
