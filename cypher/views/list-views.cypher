// Saved views: the list, newest change first, without their states (they can be large).
// Parameters: $limit (integer).
// Returns: id, name, notes, nodeCount, createdAt, updatedAt, createdBy, updatedBy.
MATCH (v:SavedView)
RETURN v.id AS id, v.name AS name, v.notes AS notes, v.nodeCount AS nodeCount,
       toString(v.createdAt) AS createdAt, toString(v.updatedAt) AS updatedAt,
       v.createdBy AS createdBy, v.updatedBy AS updatedBy
ORDER BY v.updatedAt DESC, v.id
LIMIT $limit
