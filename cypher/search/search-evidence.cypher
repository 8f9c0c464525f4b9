// Search inside the evidence: the facts (nodes and relationships) whose cited quotes match, best
// first, through the two quote indexes (accent- and case-folding analyzer). The service builds the
// Lucene query from folded words (exact, prefix, within a few edits); raw user text never reaches it.
// Relationships come with their two ends. One page: each index is read to $skip + $limit, so a page
// costs its depth and never the whole match.
// Parameters: $query (string, Lucene), $skip (integer), $limit (integer).
// Returns: node (node or null), relationship (relationship or null), source (node or null),
//   target (node or null), score (float); ordered by score, then by element id for stable pages.
CALL () {
  CALL db.index.fulltext.queryNodes('node_quotes', $query, {limit: $skip + $limit}) YIELD node, score
  RETURN node, null AS relationship, null AS source, null AS target, score
  UNION ALL
  CALL db.index.fulltext.queryRelationships('relationship_quotes', $query, {limit: $skip + $limit})
    YIELD relationship, score
  RETURN null AS node, relationship, startNode(relationship) AS source, endNode(relationship) AS target, score
}
RETURN node, relationship, source, target, score
ORDER BY score DESC, elementId(coalesce(node, relationship))
SKIP $skip
LIMIT $limit
