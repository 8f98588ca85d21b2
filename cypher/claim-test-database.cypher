// claimTestDatabase — marks an empty database as the tests' own; says whether it may be
// emptied by tests (it was empty, or marked before).
// params: none
// returns: claimed (boolean), nodes (number of other nodes)
OPTIONAL MATCH (marker:OfficialsGraphTestDatabase)
WITH marker
CALL (marker) {
  MATCH (n) WHERE NOT n:OfficialsGraphTestDatabase
  RETURN count(n) AS nodes
}
WITH marker, nodes, marker IS NOT NULL OR nodes = 0 AS claimed
FOREACH (_ IN CASE WHEN claimed AND marker IS NULL THEN [1] ELSE [] END |
  CREATE (:OfficialsGraphTestDatabase {claimedAt: datetime()}))
RETURN claimed, nodes
