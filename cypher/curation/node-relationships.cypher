// Curation: the facts a node deletion takes with it: every relationship of the node except its
// MENTIONED_IN links to sources (bookkeeping of citations, not facts).
// Parameters: $elementId (string: the node's element id).
// Returns: elementId (string), id (string), type (string), from (string), to (string), properties (map).
MATCH (n)
WHERE elementId(n) = $elementId
MATCH (n)-[r]-()
WHERE type(r) <> 'MENTIONED_IN'
RETURN DISTINCT elementId(r) AS elementId, r.id AS id, type(r) AS type, startNode(r).id AS from,
  endNode(r).id AS to, properties(r) AS properties
