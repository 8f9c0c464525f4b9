// Import journal: saves, on the batch, the state of the elements it is about to change (as read by
// snapshot-nodes or snapshot-relationships in the same transaction), so that an undo restores them
// exactly. The snapshot's own keys start with an underscore, which the import format's keys never do.
// Parameters: $batch (string: element id of the ImportBatch),
//   $rows (list of {elementId: string, kind: 'node' | 'relationship', properties: map}).
// Returns: count (integer) of snapshots saved.
// One subquery per row: a `SET` of a map makes the planner add an Eager, which there holds one row.
UNWIND $rows AS row
CALL (row) {
  MATCH (b:ImportBatch) WHERE elementId(b) = $batch
  CREATE (b)-[:SAVED]->(s:ImportSnapshot)
  SET s = row.properties
  SET s._target = row.elementId, s._kind = row.kind
}
RETURN count(row) AS count
