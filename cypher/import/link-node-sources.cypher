// Import: links each node to the sources that mention it, directly or through a relationship they cite,
// so a source's facts and a node's citations are found by following edges instead of scanning lists.
// Parameters: $rows (list of {id: string, sourceIds: [string]}).
// Returns: count (integer) of links ensured.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
UNWIND row.sourceIds AS sourceId
MATCH (s:Source {id: sourceId})
MERGE (n)-[m:MENTIONED_IN]->(s)
RETURN count(m) AS count
