// Derived at import: how many nodes and relationships each source supports, stored on the source
// (derivedNodeCount, derivedRelationshipCount). Counting them per request walks every fact of a
// source: tens of seconds for the biggest sources of a million-relationship graph, and all of them
// for GET /api/sources. Counted in one pass over the facts' own `sources` lists rather than from
// each source through its mentions: through the mentions, a hub cited by a thousand sources had
// its ten thousand links read once per source (over six minutes at 1M relationships).
// Parameters: none.
// Returns: updated (integer: sources counted).
MATCH (source:Source)
SET source.derivedNodeCount = 0, source.derivedRelationshipCount = 0
WITH count(source) AS updated
CALL () {
  MATCH (n:Entity)
  WHERE n.sources IS NOT NULL
  UNWIND n.sources AS sourceId
  WITH sourceId, count(DISTINCT n) AS nodeCount
  MATCH (source:Source {id: sourceId})
  SET source.derivedNodeCount = nodeCount
}
CALL () {
  MATCH ()-[r]->()
  WHERE r.sources IS NOT NULL
  UNWIND r.sources AS sourceId
  WITH sourceId, count(DISTINCT r) AS relationshipCount
  MATCH (source:Source {id: sourceId})
  SET source.derivedRelationshipCount = relationshipCount
}
RETURN updated
