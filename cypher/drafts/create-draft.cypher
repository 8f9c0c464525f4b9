// Stores a new draft (an article under review) unless the cap on stored drafts is reached.
// Parameters: $id, $title, $createdAt, $createdBy (strings), $candidates, $accepted (integers),
//   $body (string: the draft as JSON), $maxDrafts (integer).
// Returns: stored (boolean), count (integer: drafts stored before this one).
OPTIONAL MATCH (existing:Draft)
WITH count(existing) AS count
CALL (count) {
  WITH count WHERE count < $maxDrafts
  CREATE (:Draft {id: $id, title: $title, createdAt: $createdAt, updatedAt: $createdAt,
                  createdBy: $createdBy, candidates: $candidates, accepted: $accepted, body: $body})
  RETURN true AS created
}
RETURN count(created) > 0 AS stored, count
