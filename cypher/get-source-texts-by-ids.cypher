// getSourceTextsByIds — articles by id with their text, to be read again, and how the
// extractor last read them.
// params: $ids [string]
// returns: id, title, url, publishedOn, author, text, extractorVersion, extractionStatus, extractionError, extractionDigest
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.title AS title, s.url AS url, s.publishedOn AS publishedOn, s.author AS author, s.text AS text,
       s.extractorVersion AS extractorVersion, s.extractionStatus AS extractionStatus, s.extractionError AS extractionError,
       s.extractionDigest AS extractionDigest
ORDER BY s.id
