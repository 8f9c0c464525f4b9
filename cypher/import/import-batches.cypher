// Import journal: the batches of an import, last first (read only): undo goes backwards.
// Parameters: $importId (string).
// Returns: batch (string: element id), seq (integer).
MATCH (b:ImportBatch {importId: $importId})
RETURN elementId(b) AS batch, b.seq AS seq
ORDER BY seq DESC
