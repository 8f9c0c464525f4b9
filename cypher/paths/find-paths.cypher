// Paths between two actors, walking relationships in either direction: the shortest one, all the
// shortest, or the k shortest, as the slot {{selector}} says (the registry fills it from a fixed
// list: SHORTEST 1, ALL SHORTEST, SHORTEST 10; Cypher takes no parameter there).
// Only relationships of the allowed types; no intermediate node with an avoided label; no dated
// relationship, agreement or event outside the date window. The pattern is bounded at 10 hops
// (a literal: Cypher takes no parameter there) and paths longer than $maxHops are then dropped,
// which keeps exactly the shortest paths within $maxHops.
// Parameters: $from, $to (actor ids), $types (list of strings; empty = all but MENTIONED_IN),
//   $avoid (list of labels), $maxHops (integer 1–10), $since, $until (ISO dates or null),
//   $includeUndated (boolean), $limit (integer: how many paths at most).
// Returns: path (path).
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH path = {{selector}} (a)
  ((x)-[r]-(y)
    WHERE (CASE WHEN size($types) = 0 THEN type(r) <> 'MENTIONED_IN' ELSE type(r) IN $types END)
      AND (y = b OR NOT any(label IN labels(y) WHERE label IN $avoid))
      AND all(d IN [coalesce(r.since, r.date), coalesce(y.date, y.start)] WHERE d IS NULL
            OR {{inDateWindow(d)}})
      AND ($includeUndated OR coalesce(r.since, r.date, y.date, y.start) IS NOT NULL)
  ){1,10}
  (b)
WITH path WHERE length(path) <= $maxHops
RETURN path
ORDER BY length(path)
LIMIT $limit
