// All shortest paths between two actors, walking relationships in either direction.
// Only relationships of the allowed types; no intermediate node with an avoided label; no dated
// relationship, agreement or event outside the date window. The pattern is bounded at 10 hops
// (a literal: Cypher takes no parameter there) and paths longer than $maxHops are then dropped,
// which keeps exactly the shortest paths within $maxHops.
// Parameters: $from, $to (actor ids), $types (list of strings; empty = all but MENTIONED_IN),
//   $avoid (list of labels), $maxHops (integer 1–10), $since, $until (ISO dates or null),
//   $includeUndated (boolean).
// Returns: path (path).
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH path = ALL SHORTEST (a)
  ((x)-[r]-(y)
    WHERE (CASE WHEN size($types) = 0 THEN type(r) <> 'MENTIONED_IN' ELSE type(r) IN $types END)
      AND (y = b OR NOT any(label IN labels(y) WHERE label IN $avoid))
      AND all(d IN [coalesce(r.since, r.date), coalesce(y.date, y.start)] WHERE d IS NULL
            OR (($since IS NULL OR substring(d, 0, size($since)) >= substring($since, 0, size(d)))
                AND ($until IS NULL OR substring(d, 0, size($until)) <= substring($until, 0, size(d)))))
      AND ($includeUndated OR coalesce(r.since, r.date, y.date, y.start) IS NOT NULL)
  ){1,10}
  (b)
WITH path WHERE length(path) <= $maxHops
RETURN path
ORDER BY length(path)
LIMIT 100
