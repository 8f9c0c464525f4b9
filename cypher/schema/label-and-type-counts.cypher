// Schema summary: how many nodes carry each label and how many relationships have each type, read
// from Neo4j's count store (db.stats.retrieve), not by scanning the graph. Labels and types no
// longer in use (count 0) are left out.
// Parameters: none.
// Returns: kind ('label' | 'type'), name (string), count (integer).
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
UNWIND [n IN data.nodes WHERE n.label IS NOT NULL AND n.count > 0 | {kind: 'label', name: n.label, count: n.count}]
     + [r IN data.relationships
        WHERE r.relationshipType IS NOT NULL AND r.startLabel IS NULL AND r.endLabel IS NULL AND r.count > 0
        | {kind: 'type', name: r.relationshipType, count: r.count}] AS entry
RETURN entry.kind AS kind, entry.name AS name, entry.count AS count
ORDER BY kind, count DESC, name
