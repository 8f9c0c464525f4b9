// Paths between two actors, walking relationships in either direction: the k shortest, or the
// shortest one and all the shortest of dated hops only ($includeUndated false), as the slot
// {{selector}} says (the registry fills it from a fixed list: SHORTEST 10, SHORTEST 1, ALL SHORTEST;
// Cypher takes no parameter there). The other shortest requests go to shortest-paths.cypher, the
// same rules written for the planner's bidirectional search.
// Only relationships of the allowed types; no intermediate node with an avoided label or, unless it
// has a label of $hubExemptLabels (actors and acts), with more than $maxDegree links (a generic hub
// such as a country: "everyone" is connected through it); the start node passes the status filter;
// no relationship or node whose stored span is outside the window or whose status fails the
// filter. The degree cut-off reads the degree store (all links minus MENTIONED_IN), not each link.
// The pattern is bounded at 10 hops (a literal: Cypher takes no parameter there) and paths
// longer than $maxHops are then dropped, which keeps exactly the shortest paths within $maxHops.
// Parameters: $from, $to (actor ids), $types (list of strings; empty = all but MENTIONED_IN),
//   $avoid (list of labels), $maxDegree (integer), $hubExemptLabels (list of labels), $maxHops (integer 1–10), $windowStart,
//   $windowEnd (ISO days or null), $includeUndated (boolean), $statusFilter ('all' | 'done'),
//   $doneStatuses (list of strings), $limit (integer: how many paths at most).
// Returns: path (path).
MATCH (a:Entity {id: $from}) WHERE {{passesStatusFilter(a)}}
MATCH (b:Entity {id: $to})
MATCH path = {{selector}} (a)
  ((x)-[r]-(y)
    WHERE (CASE WHEN size($types) = 0 THEN type(r) <> 'MENTIONED_IN' ELSE type(r) IN $types END)
      AND (y = b OR (NOT any(label IN labels(y) WHERE label IN $avoid)
                     AND (any(label IN labels(y) WHERE label IN $hubExemptLabels)
                          OR COUNT { (y)--() } - COUNT { (y)-[:MENTIONED_IN]-() } <= $maxDegree)))
      AND {{spanInWindow(r)}} AND {{spanInWindow(y)}}
      AND {{passesStatusFilter(r)}} AND {{passesStatusFilter(y)}}
      AND ($includeUndated OR r.spanStart IS NOT NULL OR y.spanStart IS NOT NULL)
  ){1,10}
  (b)
WITH path WHERE length(path) <= $maxHops
RETURN path
ORDER BY length(path)
LIMIT $limit
