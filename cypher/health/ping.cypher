// Health check: is the database answering, and which Neo4j is it?
// Parameters: none.
// Returns: version (string), edition (string).
CALL dbms.components() YIELD versions, edition
RETURN versions[0] AS version, edition
