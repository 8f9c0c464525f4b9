// Saved views: replaces a view's name, notes and state (no row when there is no such view).
// Parameters: $id (string), $name (string), $notes (string), $state (string: JSON), $nodeCount (integer),
// $writer (string or null).
// Returns: id, name, notes, state, nodeCount, createdAt, updatedAt, createdBy, updatedBy.
MATCH (v:SavedView {id: $id})
SET v.name = $name, v.notes = $notes, v.state = $state, v.nodeCount = $nodeCount,
    v.updatedAt = datetime(), v.updatedBy = $writer
RETURN v.id AS id, v.name AS name, v.notes AS notes, v.state AS state, v.nodeCount AS nodeCount,
       toString(v.createdAt) AS createdAt, toString(v.updatedAt) AS updatedAt,
       v.createdBy AS createdBy, v.updatedBy AS updatedBy
