// deleteEverything — empties the graph but for the test-database marker (tests only: each
// integration file starts from an empty graph; the marker shows the database is a test's).
// params: none
// returns: nothing
MATCH (n)
WHERE NOT n:OfficialsGraphTestDatabase
DETACH DELETE n
