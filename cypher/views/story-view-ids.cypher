// Stories: which of these view ids exist, with their names (a story's steps show them; a story is
// not saved with steps that lead nowhere).
// Parameters: $viewIds (list of strings).
// Returns: id, name (one row per existing view).
MATCH (v:SavedView) WHERE v.id IN $viewIds
RETURN v.id AS id, v.name AS name
