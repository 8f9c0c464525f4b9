// One node by its stable id.
// Parameters: $id (string).
// Returns: node (node); no row when the id is unknown.
MATCH (node:Entity {id: $id})
RETURN node
