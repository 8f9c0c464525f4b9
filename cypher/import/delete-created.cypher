// Import undo: deletes what a batch created (relationships first, then nodes).
// Parameters: $batch (string: element id of the ImportBatch).
// Returns: batch (string).
MATCH (b:ImportBatch) WHERE elementId(b) = $batch
CALL (b) {
  UNWIND coalesce(b.createdRelationships, []) AS id
  MATCH ()-[r]->() WHERE elementId(r) = id
  DELETE r
}
CALL (b) {
  UNWIND coalesce(b.createdNodes, []) AS id
  MATCH (n) WHERE elementId(n) = id
  DETACH DELETE n
}
RETURN elementId(b) AS batch
