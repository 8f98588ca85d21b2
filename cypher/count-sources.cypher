// countSources — how many articles the graph holds (0: load the seed at start-up).
// params: none
// returns: count
MATCH (s:Source)
RETURN count(s) AS count
