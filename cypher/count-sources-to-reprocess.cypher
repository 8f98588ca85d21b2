// countSourcesToReprocess — how many articles findSourcesToReprocess selects, and how many the
// graph holds.
// params: $olderThan (int | null)
// returns: selected, total
MATCH (s:Source)
RETURN count(CASE WHEN $olderThan IS NULL OR coalesce(s.extractorVersion, 0) < $olderThan OR s.extractionStatus = 'FAILED' THEN 1 END) AS selected,
       count(s) AS total
