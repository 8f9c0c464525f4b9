// Saved views: stores a new view, unless the store already holds $max views (then no row).
// Parameters: $id (string: the short id), $name (string), $notes (string), $state (string: the view
// state as JSON), $nodeCount (integer), $writer (string or null: the write token's name), $max (integer).
// Returns: id, name, notes, state, nodeCount, createdAt, updatedAt, createdBy, updatedBy.
OPTIONAL MATCH (existing:SavedView)
WITH count(existing) AS stored
WHERE stored < $max
CREATE (v:SavedView {id: $id, name: $name, notes: $notes, state: $state, nodeCount: $nodeCount,
                     createdAt: datetime(), updatedAt: datetime(), createdBy: $writer, updatedBy: $writer})
RETURN v.id AS id, v.name AS name, v.notes AS notes, v.state AS state, v.nodeCount AS nodeCount,
       toString(v.createdAt) AS createdAt, toString(v.updatedAt) AS updatedAt,
       v.createdBy AS createdBy, v.updatedBy AS updatedBy
