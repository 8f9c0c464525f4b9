// Import: which of the given node-to-source links exist already (read only), so that the batch
// creates only the others and records them for its undo.
// Parameters: $rows (list of {id: string, sourceIds: [string]}).
// Returns: id (string), sourceIds (list of strings: the sources already linked).
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})-[:MENTIONED_IN]->(s:Source)
WHERE s.id IN row.sourceIds
RETURN row.id AS id, collect(s.id) AS sourceIds
