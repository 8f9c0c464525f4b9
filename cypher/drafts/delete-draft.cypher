// Removes a stored draft (discarded, or committed to the graph).
// Parameters: $id (string).
// Returns: deleted (integer: 1, or 0 when there was no such draft).
OPTIONAL MATCH (draft:Draft {id: $id})
DETACH DELETE draft
RETURN count(draft) AS deleted
