// The saved spreadsheet column mappings, by name.
// Parameters: $limit (integer).
// Returns: name (string), mapping (string: JSON), savedBy (string), savedAt (string, ISO date-time).
MATCH (m:SpreadsheetMapping)
RETURN m.name AS name, m.mapping AS mapping, m.savedBy AS savedBy, toString(m.savedAt) AS savedAt
ORDER BY m.name
LIMIT $limit
