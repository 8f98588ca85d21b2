// findSourceId — whether an article (by its content hash) is in the graph already, and which
// extractor version read it, how (OK, FAILED; null for a source stored before versions were
// recorded) and the digest of what it found.
// params: $id
// returns: id (string), extractorVersion (int | null), extractionStatus (string | null), extractionDigest (string | null)
MATCH (s:Source {id: $id})
RETURN s.id AS id, s.extractorVersion AS extractorVersion, s.extractionStatus AS extractionStatus,
       s.extractionDigest AS extractionDigest
