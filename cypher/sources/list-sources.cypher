// Every source with how many nodes and relationships it supports, as counted after the last import
// (import/derive-source-counts.cypher; 0 before any count).
// Parameters: none.
// Returns: source (node), nodeCount (integer), relationshipCount (integer).
MATCH (source:Source)
RETURN source, coalesce(source.derivedNodeCount, 0) AS nodeCount,
       coalesce(source.derivedRelationshipCount, 0) AS relationshipCount
ORDER BY source.published, source.id
