// The shortest path between two actors, or all the shortest, as the slot {{selector}} says (the
// registry fills it from a fixed list: shortestPath, allShortestPaths). Same rules as
// find-paths.cypher (which serves the k shortest), written for the planner's bidirectional
// breadth-first search (operator ShortestPath): every rule on a relationship or a node is a
// predicate over all(... IN relationships(path)/nodes(path)), which the search checks as it goes.
// The one rule about a hop (with includeUndated=false, a hop needs a date on its relationship or
// the node it reaches) is not of that form: it would plan an exhaustive fallback search, so those
// requests use find-paths.cypher instead (the service picks).
// The degree cut-off reads the degree store (all links minus MENTIONED_IN), not each link: a place
// with thousands of links would otherwise be read link by link every time the search reaches it.
// The pattern is bounded at 10 hops (a literal: Cypher takes no parameter there) and paths longer
// than $maxHops are then dropped, which keeps exactly the shortest paths within $maxHops. The
// shortest paths all have one length, so no ORDER BY: the LIMIT stops the search early.
// Parameters: $from, $to (actor ids), $types (list of strings; empty = all but MENTIONED_IN),
//   $avoid (list of labels), $maxDegree (integer), $hubExemptLabels (list of labels), $maxHops (integer 1–10), $windowStart,
//   $windowEnd (ISO days or null), $statusFilter ('all' | 'done'),
//   $doneStatuses (list of strings), $limit (integer: how many paths at most).
// Returns: path (path).
MATCH (a:Entity {id: $from}) WHERE {{passesStatusFilter(a)}}
MATCH (b:Entity {id: $to})
MATCH path = {{selector}}((a)-[*1..10]-(b))
WHERE all(r IN relationships(path) WHERE
        (CASE WHEN size($types) = 0 THEN type(r) <> 'MENTIONED_IN' ELSE type(r) IN $types END)
        AND {{spanInWindow(r)}} AND {{passesStatusFilter(r)}})
  AND all(y IN nodes(path) WHERE y = a OR (
        (y = b OR (NOT any(label IN labels(y) WHERE label IN $avoid)
                   AND (any(label IN labels(y) WHERE label IN $hubExemptLabels)
                        OR COUNT { (y)--() } - COUNT { (y)-[:MENTIONED_IN]-() } <= $maxDegree)))
        AND {{spanInWindow(y)}} AND {{passesStatusFilter(y)}}))
WITH path WHERE length(path) <= $maxHops
RETURN path
LIMIT $limit
