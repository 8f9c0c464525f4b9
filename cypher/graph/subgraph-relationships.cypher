// The relationships among the nodes of a canvas: every relationship whose two ends are both among
// the given nodes, once each (walked from its start node), passing the status filter (it and its
// two ends) and the date window (its stored span; with $includeUndated false, it or one end dated).
// Expands from each given node and keeps the ends that are given too, which costs the degrees of
// the given nodes and never a product of the two lists.
// Parameters: $ids (list of strings, at most 5,000), $windowStart, $windowEnd (ISO days or null),
//   $includeUndated (boolean), $statusFilter ('all' | 'done'), $doneStatuses (list of strings),
//   $limit (integer: at most this many rows).
// Returns: relationship (relationship), ordered by type and id.
CALL () {
  MATCH (a:Entity) WHERE a.id IN $ids RETURN a
  UNION
  MATCH (a:Source) WHERE a.id IN $ids RETURN a
}
MATCH (a)-[relationship]->(b)
WHERE b.id IN $ids
  AND {{passesStatusFilter(relationship)}} AND {{passesStatusFilter(a)}} AND {{passesStatusFilter(b)}}
  AND {{spanInWindow(relationship)}}
  AND ($includeUndated OR relationship.spanStart IS NOT NULL OR a.spanStart IS NOT NULL OR b.spanStart IS NOT NULL)
RETURN relationship
ORDER BY type(relationship), relationship.id, elementId(relationship)
LIMIT $limit
