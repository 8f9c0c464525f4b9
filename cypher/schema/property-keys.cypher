// Schema summary: every property key in use (for the Cypher editor's autocompletion).
// Parameters: none.
// Returns: propertyKey (string).
CALL db.propertyKeys() YIELD propertyKey
RETURN propertyKey ORDER BY propertyKey
