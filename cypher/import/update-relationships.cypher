// Import: updates relationships that existed before the import (found by element id from their
// snapshot) with the merged properties; null removes a property.
// Parameters: $rows (list of {elementId: string, properties: map}).
// Returns: count (integer) of relationships updated.
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.elementId
SET r += row.properties
RETURN count(r) AS count
