// Import journal: deletes a batch's record and snapshots (after its undo, or once the import is published).
// Parameters: $batch (string: element id of the ImportBatch).
// Returns: count (integer) of snapshots deleted.
MATCH (b:ImportBatch) WHERE elementId(b) = $batch
OPTIONAL MATCH (b)-[:SAVED]->(s:ImportSnapshot)
WITH b, collect(s) AS snapshots
FOREACH (s IN snapshots | DETACH DELETE s)
DETACH DELETE b
RETURN size(snapshots) AS count
