// Start-up check: the indexes the database has (a uniqueness constraint's backing index carries
// the constraint's name), to tell which of cypher/schema-setup are missing or not yet online.
// Parameters: none.
// Returns: name (string), state (string: ONLINE, POPULATING, FAILED).
SHOW INDEXES YIELD name, state
RETURN name, state
