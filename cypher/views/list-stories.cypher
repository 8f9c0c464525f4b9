// Stories: the list, newest change first.
// Parameters: $limit (integer).
// Returns: id, name, notes, steps (JSON string), createdAt, updatedAt, createdBy, updatedBy.
MATCH (s:Story)
RETURN s.id AS id, s.name AS name, s.notes AS notes, s.steps AS steps,
       toString(s.createdAt) AS createdAt, toString(s.updatedAt) AS updatedAt,
       s.createdBy AS createdBy, s.updatedBy AS updatedBy
ORDER BY s.updatedAt DESC, s.id
LIMIT $limit
