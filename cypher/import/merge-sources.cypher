// Import: creates or updates Source nodes (idempotent: MERGE on id, properties replaced by the import's).
// Parameters: $rows (list of {id: string, properties: map}).
// Returns: count (integer) of rows written.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.properties
RETURN count(s) AS count
