// Saved views: one view by its short id (no row when there is none).
// Parameters: $id (string).
// Returns: id, name, notes, state (JSON string), nodeCount, createdAt, updatedAt, createdBy, updatedBy.
MATCH (v:SavedView {id: $id})
RETURN v.id AS id, v.name AS name, v.notes AS notes, v.state AS state, v.nodeCount AS nodeCount,
       toString(v.createdAt) AS createdAt, toString(v.updatedAt) AS updatedAt,
       v.createdBy AS createdBy, v.updatedBy AS updatedBy
