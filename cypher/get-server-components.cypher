// getServerComponents — the running Neo4j's version and edition (for the `health` query).
// params: none
// returns: version (string), edition (string, lowercase: community | enterprise)
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, toLower(edition) AS edition
