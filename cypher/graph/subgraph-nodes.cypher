// The nodes of a canvas by their ids: entities and sources; unknown ids give no row.
// Parameters: $ids (list of strings, at most 5,000).
// Returns: node (node).
CALL () {
  MATCH (node:Entity) WHERE node.id IN $ids RETURN node
  UNION
  MATCH (node:Source) WHERE node.id IN $ids RETURN node
}
RETURN node
