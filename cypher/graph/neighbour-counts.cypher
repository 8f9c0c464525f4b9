// How many neighbours a node has, per relationship type, direction and neighbour label. The client
// shows these as groups to expand instead of flooding the canvas with a hub's neighbours.
// Parameters: $id (string), $includeSources (boolean: count MENTIONED_IN links to Source nodes),
//   $statusFilter ('all' | 'done'), $doneStatuses (list of strings: count only what passes the filter).
// Returns: type (string), direction ('out' | 'in'), label (string), count (integer).
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Source {id: $id}) RETURN n
}
MATCH (n)-[r]-(m)
WHERE ($includeSources OR NOT m:Source)
  AND {{passesStatusFilter(r)}} AND {{passesStatusFilter(m)}}
WITH type(r) AS type,
     CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
     [label IN labels(m) WHERE label <> 'Entity'][0] AS label
RETURN type, direction, label, count(*) AS count
ORDER BY count DESC, type, label
