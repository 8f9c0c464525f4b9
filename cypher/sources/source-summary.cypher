// One source with how many nodes and relationships it supports (as list-sources, for one id).
// Parameters: $id (string).
// Returns: source (node), nodeCount (integer), relationshipCount (integer); no row when unknown.
MATCH (source:Source {id: $id})
RETURN source, coalesce(source.derivedNodeCount, 0) AS nodeCount,
       coalesce(source.derivedRelationshipCount, 0) AS relationshipCount
