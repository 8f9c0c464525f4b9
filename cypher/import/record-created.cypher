// Import journal: records on the batch what it created, in the batch's own transaction.
// Parameters: $batch (string: element id of the ImportBatch), $nodes, $relationships (lists of element ids).
// Returns: batch (string).
MATCH (b:ImportBatch) WHERE elementId(b) = $batch
SET b.createdNodes = coalesce(b.createdNodes, []) + $nodes,
    b.createdRelationships = coalesce(b.createdRelationships, []) + $relationships
RETURN elementId(b) AS batch
