// Import: links nodes to the sources that mention them, directly or through a relationship they cite,
// so a source's facts and a node's citations are found by following edges instead of scanning lists.
// Only links that do not exist yet are given (see existing-mentions).
// Parameters: $rows (list of {id: string, sourceId: string}).
// Returns: created (list of strings: element ids, for the batch's undo record).
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MATCH (s:Source {id: row.sourceId})
CREATE (n)-[m:MENTIONED_IN]->(s)
RETURN collect(elementId(m)) AS created
