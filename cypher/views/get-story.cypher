// Stories: one story by its short id (no row when there is none); its steps' view names come from
// story-view-ids.
// Parameters: $id (string).
// Returns: id, name, notes, steps (JSON string), createdAt, updatedAt, createdBy, updatedBy.
MATCH (s:Story {id: $id})
RETURN s.id AS id, s.name AS name, s.notes AS notes, s.steps AS steps,
       toString(s.createdAt) AS createdAt, toString(s.updatedAt) AS updatedAt,
       s.createdBy AS createdBy, s.updatedBy AS updatedBy
