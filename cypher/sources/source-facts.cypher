// The facts a source supports, one page of them: the nodes it cites and the relationships it
// cites (walked from their start node, which the source mentions), in the order of the node's id,
// the node before its relationships, then the relationship's id. Lazy after the sort of the
// mentioned nodes: only the nodes up to the page are walked (the total is the source's counts).
// Parameters: $id (string), $skip, $limit (integers).
// Returns: kind ('node' | 'relationship'), node (node), relationship (relationship or null),
//   other (node or null: the relationship's end).
MATCH (source:Source {id: $id})<-[:MENTIONED_IN]-(node)
WITH source, node
ORDER BY node.id
CALL (source, node) {
  CALL (source, node) {
    MATCH (node) WHERE source.id IN coalesce(node.sources, [])
    RETURN 'node' AS kind, node.id AS factId, null AS relationship, null AS other
    UNION ALL
    MATCH (node)-[relationship]->(other)
    WHERE source.id IN coalesce(relationship.sources, [])
    RETURN 'relationship' AS kind, relationship.id AS factId, relationship, other
  }
  RETURN kind, factId, relationship, other
  ORDER BY kind, factId
}
RETURN kind, node, relationship, other
SKIP $skip
LIMIT $limit
