// Saved views: deletes a view (stories that step through it then show the step as missing).
// Parameters: $id (string).
// Returns: deleted (integer: 1 or 0).
OPTIONAL MATCH (v:SavedView {id: $id})
DETACH DELETE v
RETURN count(v) AS deleted
