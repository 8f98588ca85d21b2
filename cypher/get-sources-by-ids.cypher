// getSourcesByIds — articles by id (without their text), with how the extractor read them.
// params: $ids [string]
// returns: id, title, url, publishedOn, periodFrom, periodTo, author, extractorVersion, extractionStatus, extractionError
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.title AS title, s.url AS url, s.publishedOn AS publishedOn, s.periodFrom AS periodFrom, s.periodTo AS periodTo, s.author AS author,
       s.extractorVersion AS extractorVersion, s.extractionStatus AS extractionStatus, s.extractionError AS extractionError
