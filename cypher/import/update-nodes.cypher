// Import: updates nodes that existed before the import (found by element id from their snapshot, so
// no property is read that the update writes) with the merged properties; null removes a property.
// Parameters: $rows (list of {elementId: string, properties: map}).
// Returns: count (integer) of nodes updated.
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.elementId
SET n += row.properties
RETURN count(n) AS count
