// Agreements and events in a date window, optionally only those linked to given actors, with the
// organisations and people involved. The window applies to the span stored at import, so an
// agreement in force is listed in every window after its signature until it ends.
// Parameters: $ids (list of actor ids; empty = all), $windowStart, $windowEnd (ISO days or null),
//   $statusFilter ('all' | 'done'), $doneStatuses (list of strings), $limit (integer).
// Returns: node (node), date (string), end (string or null), actorIds (list of strings).
CALL () {
  MATCH (n:Agreement) WHERE n.date IS NOT NULL RETURN n, n.date AS date, n.end AS end
  UNION ALL
  MATCH (n:Event) WHERE n.start IS NOT NULL RETURN n, n.start AS date, n.end AS end
}
WITH n, date, end
WHERE {{spanInWindow(n)}}
  AND {{passesStatusFilter(n)}}
  AND (size($ids) = 0 OR EXISTS { (n)--(actor:Entity) WHERE actor.id IN $ids })
CALL (n) {
  OPTIONAL MATCH (n)--(actor)
  WHERE actor:Organisation OR actor:Person
  RETURN collect(DISTINCT actor.id) AS actorIds
}
RETURN n AS node, date, end, actorIds
ORDER BY date, n.id
LIMIT $limit
