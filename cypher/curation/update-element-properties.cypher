// Curation: sets a node's or relationship's properties by element id; a null value removes the key.
// Parameters: $rows (list of {elementId: string, properties: map}).
// Returns: count (integer) of rows.
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (n) WHERE elementId(n) = row.elementId
  OPTIONAL MATCH ()-[r]->() WHERE elementId(r) = row.elementId
  FOREACH (x IN CASE WHEN n IS NULL THEN [] ELSE [n] END | SET x += row.properties)
  FOREACH (x IN CASE WHEN r IS NULL THEN [] ELSE [r] END | SET x += row.properties)
}
RETURN count(row) AS count
