// Import: the nodes of a batch that exist already, with their properties, copied into snapshots of
// the batch first so that an undo restores them exactly. {{labels}} is Entity or Source (fixed list).
// Parameters: $batch (string: element id of the ImportBatch), $ids (list of strings).
// Returns: id (string), elementId (string), properties (map: before the batch).
MATCH (b:ImportBatch) WHERE elementId(b) = $batch
UNWIND $ids AS id
MATCH (n:{{labels}} {id: id})
CREATE (b)-[:SAVED]->(s:ImportSnapshot {_target: elementId(n), _kind: 'node'})
SET s += properties(n)
RETURN id, elementId(n) AS elementId, properties(n) AS properties
