// One page of a node's neighbours, filtered by relationship types, neighbour labels and direction.
// Parameters: $id (string), $types (list of strings; empty = all), $labels (list of strings; empty = all),
//   $direction ('out' | 'in' | 'both'), $includeSources (boolean),
//   $statusFilter ('all' | 'done'), $doneStatuses (list of strings: the filter applies to the
//   relationship and the neighbour), $skip (integer), $limit (integer).
// Returns: node (the centre), relationship, neighbour.
CALL () {
  MATCH (node:Entity {id: $id}) RETURN node
  UNION
  MATCH (node:Source {id: $id}) RETURN node
}
MATCH (node)-[relationship]-(neighbour)
WHERE (size($types) = 0 OR type(relationship) IN $types)
  AND (size($labels) = 0 OR any(label IN labels(neighbour) WHERE label IN $labels))
  AND ($direction = 'both'
       OR ($direction = 'out' AND startNode(relationship) = node)
       OR ($direction = 'in' AND endNode(relationship) = node))
  AND ($includeSources OR NOT neighbour:Source)
  AND {{passesStatusFilter(relationship)}} AND {{passesStatusFilter(neighbour)}}
RETURN node, relationship, neighbour
ORDER BY type(relationship), neighbour.name, neighbour.id
SKIP $skip
LIMIT $limit
