// Stories: replaces a story's name, notes and steps (no row when there is no such story).
// Parameters: $id (string), $name (string), $notes (string), $steps (string: JSON), $writer (string or null).
// Returns: id.
MATCH (s:Story {id: $id})
SET s.name = $name, s.notes = $notes, s.steps = $steps, s.updatedAt = datetime(), s.updatedBy = $writer
RETURN s.id AS id
