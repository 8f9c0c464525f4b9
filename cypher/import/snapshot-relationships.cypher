// Import: the relationships of a batch that exist already, with their properties (read only), found
// through the uniqueness constraint on `id` of their type; the loader saves these into the batch's
// snapshots (save-snapshots). {{type}} comes from the import format's allow-list: a static type lets
// the planner use its index.
// Parameters: $ids (list of strings).
// Returns: id (string), elementId (string), properties (map: before the batch).
UNWIND $ids AS id
MATCH ()-[r:{{type}} {id: id}]->()
RETURN id, elementId(r) AS elementId, properties(r) AS properties
