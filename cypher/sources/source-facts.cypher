// The facts a source supports: nodes it cites and relationships it cites, with the quotes from it.
// Parameters: $id (string).
// Returns: node (node), relationships (list of [relationship, other node] pairs cited by the source).
MATCH (source:Source {id: $id})<-[:MENTIONED_IN]-(node)
RETURN node, [(node)-[r]->(other) WHERE source.id IN r.sources | [r, other]] AS relationships
ORDER BY node.id
