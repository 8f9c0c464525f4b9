// Import journal: the commit point of an import. Once published, an interrupted clean-up is finished
// by recovery instead of undone.
// Parameters: $importId (string), $written (integer).
// Returns: id (string), or no row when the import is not open (undone meanwhile).
MATCH (r:ImportRun {id: $importId, state: 'writing'})
SET r.state = 'published', r.written = $written, r.publishedAt = datetime()
RETURN r.id AS id
