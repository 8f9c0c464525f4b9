// Derived at import: how many nodes and relationships each source supports, stored on the source
// (derivedNodeCount, derivedRelationshipCount). Counting them per request walks every fact of a
// source: tens of seconds for the biggest sources of a million-relationship graph, and all of them
// for GET /api/sources. A relationship counts from its start node, which the source mentions.
// Parameters: none.
// Returns: updated (integer: sources counted).
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
SET source.derivedNodeCount = nodeCount, source.derivedRelationshipCount = relationshipCount
RETURN count(source) AS updated
