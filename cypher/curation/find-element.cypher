// Curation: the node or relationship an edit or a deletion names, by its id: a node by the :Entity
// id constraint, a relationship (id "from|TYPE|to|key") from its endpoints. Source nodes and
// MENTIONED_IN links are not facts and are not found here.
// Parameters: $id (string), $from (string or null), $to (string or null).
// Returns: elementId (string), kind ('node' | 'relationship'), label (string: the node's graph label
//   or the relationship's type), properties (map), from (string or null), to (string or null).
OPTIONAL MATCH (n:Entity {id: $id})
OPTIONAL MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE r.id = $id
WITH n, r, a, b
WHERE n IS NOT NULL OR r IS NOT NULL
RETURN
  CASE WHEN n IS NOT NULL THEN elementId(n) ELSE elementId(r) END AS elementId,
  CASE WHEN n IS NOT NULL THEN 'node' ELSE 'relationship' END AS kind,
  CASE WHEN n IS NOT NULL THEN [l IN labels(n) WHERE l <> 'Entity'][0] ELSE type(r) END AS label,
  CASE WHEN n IS NOT NULL THEN properties(n) ELSE properties(r) END AS properties,
  a.id AS from,
  b.id AS to
LIMIT 1
