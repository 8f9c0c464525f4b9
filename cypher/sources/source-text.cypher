// The full text of a source, stored at import when its document gave one ("open the article").
// Parameters: $id (string).
// Returns: text (string or null); no row when there is no such source.
MATCH (source:Source {id: $id})
RETURN source.text AS text
