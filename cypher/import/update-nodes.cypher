// Import: updates nodes that existed before the import (found by element id from their snapshot)
// with the merged properties; null removes a property. The update runs in a subquery per row: a
// `SET +=` of a map makes the planner add an Eager, which there holds that row's node only.
// Parameters: $rows (list of {elementId: string, properties: map}).
// Returns: count (integer) of rows.
UNWIND $rows AS row
CALL (row) {
  MATCH (n) WHERE elementId(n) = row.elementId
  SET n += row.properties
}
RETURN count(row) AS count
