// Curation: deletes relationships by element id (a deletion, or the facts a retracted source alone
// supported).
// Parameters: $elementIds (list of strings).
// Returns: deleted (integer).
UNWIND $elementIds AS elementId
MATCH ()-[r]->()
WHERE elementId(r) = elementId
DELETE r
RETURN count(*) AS deleted
