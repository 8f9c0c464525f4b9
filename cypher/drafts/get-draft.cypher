// One stored draft with its whole body.
// Parameters: $id (string).
// Returns: body (string: the draft as JSON); no row when there is no such draft.
MATCH (draft:Draft {id: $id})
RETURN draft.body AS body
