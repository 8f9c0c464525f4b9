// Import: creates the nodes of a batch that do not exist yet (the snapshot query said which), with
// their final properties (citations computed by the loader). {{labels}} is `Entity:<label>` for the
// labels of the import format, or `Source`: static labels, so nothing is read and nothing is Eager.
// Parameters: $rows (list of {properties: map}).
// Returns: created (list of strings: element ids, for the batch's undo record).
UNWIND $rows AS row
CREATE (n:{{labels}})
SET n = row.properties
RETURN collect(elementId(n)) AS created
