// getAuditLog — editors' corrections, newest first.
// params: $first int, $offset int
// returns: correction (all its properties)
MATCH (c:Correction)
RETURN c {.*} AS correction
ORDER BY c.at DESC, c.id DESC
SKIP $offset LIMIT $first
