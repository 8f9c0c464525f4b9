// One source with how many nodes and relationships it supports (as list-sources, for one id).
// Parameters: $id (string).
// Returns: source (node), nodeCount (integer), relationshipCount (integer); no row when unknown.
MATCH (source:Source {id: $id})
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
