// The facts a source supports, one page of them: the nodes it cites and the relationships it
// cites (walked from their start node, which the source mentions), in the order of the node's id,
// the node before its relationships, then the relationship's id. One row with the total and the
// page, so a source citing 10,000 facts sends only the page.
// Parameters: $id (string), $skip, $limit (integers).
// Returns: total (integer), page (list of maps {kind: 'node' | 'relationship', node (node),
//   relationship (relationship or null), other (node or null: the relationship's end)}).
MATCH (source:Source {id: $id})<-[:MENTIONED_IN]-(node)
CALL (source, node) {
  MATCH (node) WHERE source.id IN coalesce(node.sources, [])
  RETURN 'node' AS kind, node.id AS factId, null AS relationship, null AS other
  UNION ALL
  MATCH (node)-[relationship]->(other)
  WHERE source.id IN coalesce(relationship.sources, [])
  RETURN 'relationship' AS kind, relationship.id AS factId, relationship, other
}
WITH node, kind, factId, relationship, other
ORDER BY node.id, kind, factId
WITH collect({kind: kind, node: node, relationship: relationship, other: other}) AS facts
RETURN size(facts) AS total, facts[$skip..$skip + $limit] AS page
