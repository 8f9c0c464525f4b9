// Audit: the history of one source, newest first: its imports, its retraction, and the edits and
// deletions of the facts it supports (they record the sources those facts cited).
// Parameters: $sourceId (string), $afterAt, $afterId (strings or null: the cursor), $limit (integer).
// Returns: entry (map: the AuditEntry's properties).
MATCH (e:AuditEntry)
WHERE $sourceId IN e.sourceIds
  AND ($afterAt IS NULL OR e.at < $afterAt OR (e.at = $afterAt AND e.id < $afterId))
RETURN properties(e) AS entry
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
