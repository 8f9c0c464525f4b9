// Import: updates relationships that existed before the import with the merged properties (null
// removes a property), found through the uniqueness constraint on `id` of their type: {{type}}
// comes from the import format's allow-list. The update runs in a subquery per row: a `SET +=` of
// a map makes the planner add an Eager, which there holds that row's relationship only.
// Parameters: $rows (list of {id: string, properties: map}).
// Returns: count (integer) of rows.
UNWIND $rows AS row
CALL (row) {
  MATCH ()-[r:{{type}} {id: row.id}]->()
  SET r += row.properties
}
RETURN count(row) AS count
