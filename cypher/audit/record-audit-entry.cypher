// Audit: records one change to the graph (an import, an edit, a deletion or a retraction), in the
// transaction that makes the change. Maps cannot be stored, so changes, removed and counts are JSON.
// Parameters: $entry ({id: string, at: string (ISO instant), actor: string, kind: string,
//   reason: string or null, elementIds: list of strings, sourceIds: list of strings,
//   changes: string (JSON), removed: string (JSON), counts: string (JSON)}).
// Returns: id (string).
CREATE (e:AuditEntry)
SET e = $entry
RETURN e.id AS id
