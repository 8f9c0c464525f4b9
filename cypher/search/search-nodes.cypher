// Search by name, English name, alias, acronym or title through the full-text index (accent- and
// case-folding analyzer). The service turns the user's words into a Lucene query with escaped terms
// and prefix matches; it never passes raw user text as Lucene syntax.
// Parameters: $query (string, Lucene), $labels (list of strings; empty = every label), $limit (integer).
// Returns: node (node), score (float).
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE size($labels) = 0 OR any(label IN labels(node) WHERE label IN $labels)
RETURN node, score
ORDER BY score DESC, node.name
LIMIT $limit
