// Import journal: starts one batch (one transaction) of an import: what the batch creates and the
// state of what it changes are recorded on this node, in the same transaction, so it can be undone.
// Also the heartbeat that tells recovery the import is alive, and its progress.
// Parameters: $importId (string), $seq (integer), $written (integer: rows written before this batch).
// Returns: batch (string: element id of the ImportBatch).
MATCH (r:ImportRun {id: $importId})
SET r.heartbeatAt = datetime(), r.written = $written
CREATE (b:ImportBatch {importId: $importId, seq: $seq})
RETURN elementId(b) AS batch
