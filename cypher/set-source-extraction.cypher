// setSourceExtraction — how the extractor read an article: its version, OK or FAILED, the
// error when it failed, and a digest of what it found (null when it failed: the facts in the
// graph may not match any reading, so the next one writes them again).
// params: $id, $version (int), $status ('OK' | 'FAILED'), $error (string | null), $digest (string | null)
// returns: nothing
MATCH (s:Source {id: $id})
SET s.extractorVersion = toInteger($version), s.extractionStatus = $status,
    s.extractionError = $error, s.extractionDigest = $digest
