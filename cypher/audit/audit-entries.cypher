// Audit: the whole trail, newest first, one page after the cursor (the last entry of the page before).
// Parameters: $afterAt (string or null: the cursor entry's time), $afterId (string or null: its id),
//   $limit (integer).
// Returns: entry (map: the AuditEntry's properties).
MATCH (e:AuditEntry)
WHERE $afterAt IS NULL OR e.at < $afterAt OR (e.at = $afterAt AND e.id < $afterId)
RETURN properties(e) AS entry
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
