// Import: the nodes of a batch that exist already, with their properties (read only); the loader
// saves these into the batch's snapshots (save-snapshots) so that an undo restores them exactly.
// Reading apart from the write keeps the batch free of Eager. {{labels}} is Entity or Source.
// Parameters: $ids (list of strings).
// Returns: id (string), elementId (string), properties (map: before the batch).
UNWIND $ids AS id
MATCH (n:{{labels}} {id: id})
RETURN id, elementId(n) AS elementId, properties(n) AS properties
