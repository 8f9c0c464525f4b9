// One source by id.
// Parameters: $id (string).
// Returns: source (node); no row when the id is unknown.
MATCH (source:Source {id: $id})
RETURN source
