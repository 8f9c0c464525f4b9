// Curation: removes a retracted Source node and its MENTIONED_IN links (the audit entry keeps its
// record and what was removed).
// Parameters: $sourceId (string).
// Returns: deleted (integer).
MATCH (s:Source {id: $sourceId})
DETACH DELETE s
RETURN count(*) AS deleted
