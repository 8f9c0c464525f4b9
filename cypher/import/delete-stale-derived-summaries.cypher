// Derived at import: removes the stored rankings of overview groups that no longer exist (no
// organisation has that country or kind since the last import or curation), so that their pages
// are ranked live (empty) rather than served from a stale summary.
// Parameters: $prefix (string: the names' common start, e.g. 'partnerships-strongest-'),
//   $keep (list of strings: the names just stored).
// Returns: deleted (integer).
MATCH (summary:DerivedSummary)
WHERE summary.name STARTS WITH $prefix AND NOT summary.name IN $keep
DETACH DELETE summary
RETURN count(*) AS deleted
