// Import undo: puts back the properties a batch changed on relationships that existed before it.
// Parameters: $batch (string: element id of the ImportBatch).
// Returns: count (integer) of relationships restored.
MATCH (b:ImportBatch)-[:SAVED]->(s:ImportSnapshot {_kind: 'relationship'})
WHERE elementId(b) = $batch
MATCH ()-[r]->() WHERE elementId(r) = s._target
SET r = properties(s)
REMOVE r._target, r._kind
RETURN count(r) AS count
