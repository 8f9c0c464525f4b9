// Every source with how many nodes and relationships it supports.
// Parameters: none.
// Returns: source (node), nodeCount (integer), relationshipCount (integer).
MATCH (source:Source)
CALL (source) {
  OPTIONAL MATCH (source)<-[:MENTIONED_IN]-(n)
  WHERE source.id IN n.sources
  RETURN count(n) AS nodeCount
}
CALL (source) {
  OPTIONAL MATCH (source)<-[:MENTIONED_IN]-()-[r]->()
  WHERE source.id IN r.sources
  RETURN count(DISTINCT r) AS relationshipCount
}
RETURN source, nodeCount, relationshipCount
ORDER BY source.published, source.id
