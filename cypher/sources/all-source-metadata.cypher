// Metadata of every Source: the service caches it to attach title, publisher and date to quotes
// without another query per request. The article's text (up to 500 kB each) stays in the database:
// only whether there is one comes back.
// Parameters: none.
// Returns: source (map: the Source's properties without `text`), hasText (boolean).
MATCH (source:Source)
RETURN source {.*, text: null} AS source, source.text IS NOT NULL AS hasText
ORDER BY source.id
