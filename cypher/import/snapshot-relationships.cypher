// Import: the relationships of a batch that exist already, found through the uniqueness constraint on
// `id` of their type, copied into snapshots of the batch first so that an undo restores them exactly.
// {{type}} comes from the import format's allow-list: a static type lets the planner use its index.
// Parameters: $batch (string: element id of the ImportBatch), $ids (list of strings).
// Returns: id (string), elementId (string), properties (map: before the batch).
MATCH (b:ImportBatch) WHERE elementId(b) = $batch
UNWIND $ids AS id
MATCH ()-[r:{{type}} {id: id}]->()
CREATE (b)-[:SAVED]->(s:ImportSnapshot {_target: elementId(r), _kind: 'relationship'})
SET s += properties(r)
RETURN id, elementId(r) AS elementId, properties(r) AS properties
