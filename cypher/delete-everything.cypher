// deleteEverything — empties the graph but for the test-database marker: for tests (each
// integration file starts from an empty graph; the marker shows the database is a test's) and
// for `bench ingest`, which empties the database it found empty and filled.
// params: none
// returns: nothing
MATCH (n)
WHERE NOT n:OfficialsGraphTestDatabase
DETACH DELETE n
