// getCorrections — every editor's correction, in the order made (they apply in that order).
// params: none
// returns: correction (all its properties)
MATCH (c:Correction)
RETURN c {.*} AS correction
ORDER BY c.at, c.id
