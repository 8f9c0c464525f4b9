// Saves a spreadsheet column mapping under a name (replacing one saved under that name).
// Parameters: $name (string), $shape (string), $mapping (string: the mapping as JSON), $savedBy (string).
// Returns: name (string), mapping (string), savedBy (string), savedAt (string, ISO date-time).
MERGE (m:SpreadsheetMapping {name: $name})
SET m.shape = $shape, m.mapping = $mapping, m.savedBy = $savedBy, m.savedAt = datetime()
RETURN m.name AS name, m.mapping AS mapping, m.savedBy AS savedBy, toString(m.savedAt) AS savedAt
