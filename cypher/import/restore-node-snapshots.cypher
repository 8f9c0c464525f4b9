// Import undo: puts back the properties a batch changed on nodes that existed before it.
// The snapshot's own keys start with an underscore, which the import format's keys never do.
// Parameters: $batch (string: element id of the ImportBatch).
// Returns: count (integer) of nodes restored.
MATCH (b:ImportBatch)-[:SAVED]->(s:ImportSnapshot {_kind: 'node'})
WHERE elementId(b) = $batch
MATCH (n) WHERE elementId(n) = s._target
SET n = properties(s)
REMOVE n._target, n._kind
RETURN count(n) AS count
