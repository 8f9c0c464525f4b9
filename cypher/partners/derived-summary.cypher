// A summary precomputed at import (see import/store-derived-summary.cypher), by name.
// Parameters: $name (string).
// Returns: summary (map of its properties); no row before the first import computed it.
MATCH (summary:DerivedSummary {name: $name})
RETURN properties(summary) AS summary
