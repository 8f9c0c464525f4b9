// One node by its stable id: an :Entity, or a :Source (which has no :Entity label).
// Parameters: $id (string).
// Returns: node (node); no row when the id is unknown.
CALL () {
  MATCH (node:Entity {id: $id}) RETURN node
  UNION
  MATCH (node:Source {id: $id}) RETURN node
}
RETURN node
