// Replaces a stored draft's body after a review step.
// Parameters: $id, $title, $updatedAt (strings), $candidates, $accepted (integers), $body (string).
// Returns: id (string); no row when there is no such draft.
MATCH (draft:Draft {id: $id})
SET draft.title = $title, draft.updatedAt = $updatedAt, draft.candidates = $candidates,
    draft.accepted = $accepted, draft.body = $body
RETURN draft.id AS id
