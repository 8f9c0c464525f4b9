// Curation: which of the given nodes are still linked by a fact (any relationship but MENTIONED_IN),
// read in the retraction's transaction after the facts the source alone supported are deleted: such
// a node stays, its existence supported by the other sources' facts.
// Parameters: $elementIds (list of strings).
// Returns: elementId (string), one row per node still linked.
UNWIND $elementIds AS elementId
MATCH (n)
WHERE elementId(n) = elementId AND EXISTS { (n)-[r]-() WHERE type(r) <> 'MENTIONED_IN' }
RETURN elementId
