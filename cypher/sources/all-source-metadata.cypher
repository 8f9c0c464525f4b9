// Metadata of every Source (few and small): the service caches it to attach title, publisher and
// date to quotes without another query per request.
// Parameters: none.
// Returns: source (node).
MATCH (source:Source)
RETURN source
ORDER BY source.id
