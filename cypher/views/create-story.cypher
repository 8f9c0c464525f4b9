// Stories: stores a new story, unless the store already holds $max stories (then no row).
// Parameters: $id (string), $name (string), $notes (string), $steps (string: JSON list of
// {viewId, note}), $writer (string or null), $max (integer).
// Returns: id.
OPTIONAL MATCH (existing:Story)
WITH count(existing) AS stored
WHERE stored < $max
CREATE (s:Story {id: $id, name: $name, notes: $notes, steps: $steps,
                 createdAt: datetime(), updatedAt: datetime(), createdBy: $writer, updatedBy: $writer})
RETURN s.id AS id
