// The stored drafts, newest change first, without their bodies.
// Parameters: $limit (integer).
// Returns: id, title, createdAt, updatedAt, createdBy (strings), candidates, accepted (integers).
MATCH (draft:Draft)
RETURN draft.id AS id, draft.title AS title, draft.createdAt AS createdAt, draft.updatedAt AS updatedAt,
       draft.createdBy AS createdBy, draft.candidates AS candidates, draft.accepted AS accepted
ORDER BY draft.updatedAt DESC, draft.id
LIMIT $limit
