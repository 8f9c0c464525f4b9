// Audit: the history of one node or relationship, newest first: the entries that name it (edits,
// deletions, retractions) and the imports of the sources it cites (an import records its sources
// and counts, not the id of every element it wrote). Audit entries are few next to the graph, so
// they are read by label; the element is found by its id constraint (a node) or from its endpoints
// (a relationship id is "from|TYPE|to|key").
// Parameters: $id (string), $from (string or null), $to (string or null), $afterAt, $afterId
//   (strings or null: the cursor), $limit (integer).
// Returns: entry (map: the AuditEntry's properties).
OPTIONAL MATCH (n:Entity {id: $id})
OPTIONAL MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
WHERE r.id = $id
WITH coalesce(n.sources, r.sources, []) AS cited
MATCH (e:AuditEntry)
WHERE ($id IN e.elementIds OR (e.kind = 'import' AND any(s IN e.sourceIds WHERE s IN cited)))
  AND ($afterAt IS NULL OR e.at < $afterAt OR (e.at = $afterAt AND e.id < $afterId))
RETURN properties(e) AS entry
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
