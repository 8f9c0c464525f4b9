// Curation: deletes nodes by element id with whatever links them still (their MENTIONED_IN links;
// the service has already deleted, and recorded, their facts).
// Parameters: $elementIds (list of strings).
// Returns: deleted (integer).
UNWIND $elementIds AS elementId
MATCH (n)
WHERE elementId(n) = elementId
DETACH DELETE n
RETURN count(*) AS deleted
