// Import journal: removes the import's record once all its batches are discarded (undone or published).
// Parameters: $importId (string).
// Returns: count (integer) of records removed.
MATCH (r:ImportRun {id: $importId})
DELETE r
RETURN count(*) AS count
