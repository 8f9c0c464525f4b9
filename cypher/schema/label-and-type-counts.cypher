// Schema summary: how many nodes carry each label and how many relationships have each type.
// Counts come from Neo4j's count store (dynamic labels/types in MATCH, Neo4j 5.26+), not a scan.
// Parameters: none.
// Returns: kind ('label' | 'type'), name (string), count (integer).
CALL db.labels() YIELD label
CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
RETURN 'label' AS kind, label AS name, count
UNION ALL
CALL db.relationshipTypes() YIELD relationshipType
CALL (relationshipType) { MATCH ()-[r:$(relationshipType)]->() RETURN count(r) AS count }
RETURN 'type' AS kind, relationshipType AS name, count
