// Agreements and events in a date window, optionally only those linked to given actors, with the
// organisations and people involved. Uses the date indexes on Agreement.date and Event.start.
// Parameters: $ids (list of actor ids; empty = all), $since, $until (ISO dates or null), $limit (integer).
// Returns: node (node), date (string), end (string or null), actorIds (list of strings).
CALL () {
  MATCH (n:Agreement) WHERE n.date IS NOT NULL RETURN n, n.date AS date, null AS end
  UNION ALL
  MATCH (n:Event) WHERE n.start IS NOT NULL RETURN n, n.start AS date, n.end AS end
}
WITH n, date, end
// In the window when it ends on or after $since and starts on or before $until.
WHERE {{onOrAfterSince(coalesce(end, date))}}
  AND {{onOrBeforeUntil(date)}}
  AND (size($ids) = 0 OR EXISTS { (n)--(actor:Entity) WHERE actor.id IN $ids })
CALL (n) {
  OPTIONAL MATCH (n)--(actor)
  WHERE actor:Organisation OR actor:Person
  RETURN collect(DISTINCT actor.id) AS actorIds
}
RETURN n AS node, date, end, actorIds
ORDER BY date, n.id
LIMIT $limit
