// Stories: deletes a story (its views stay).
// Parameters: $id (string).
// Returns: deleted (integer: 1 or 0).
OPTIONAL MATCH (s:Story {id: $id})
DETACH DELETE s
RETURN count(s) AS deleted
