// Agreements and events in a date window, optionally only those linked to given actors, with the
// organisations and people involved. The window applies to the span stored at import, so an
// agreement in force is listed in every window after its signature until it ends.
// Parameters: $ids (list of actor ids; empty = all), $windowStart, $windowEnd (ISO days or null),
//   $statusFilter ('all' | 'done'), $doneStatuses (list of strings), $limit (integer).
// Every agreement or event with a stored span is listed (an agreement dated only by its bounds has
// `start`, not `date`); `date` is the date the source gives. Actors count through links that pass
// the status filter.
// Returns: node (node), date (string), end (string or null), actorIds (list of strings).
MATCH (n:Entity)
WHERE (n:Agreement OR n:Event) AND n.spanStart IS NOT NULL
WITH n, coalesce(n.date, n.start, n.since, n.spanStart) AS date, coalesce(n.end, n.until) AS end
WHERE {{spanInWindow(n)}}
  AND {{passesStatusFilter(n)}}
  AND (size($ids) = 0
       OR EXISTS { (n)-[link]-(actor:Entity) WHERE actor.id IN $ids AND {{passesStatusFilter(link)}} })
CALL (n) {
  // The status filter applies to the link too: a planned participation is no actor of a done event.
  OPTIONAL MATCH (n)-[link]-(actor)
  WHERE (actor:Organisation OR actor:Person) AND {{passesStatusFilter(link)}}
  RETURN collect(DISTINCT actor.id) AS actorIds
}
RETURN n AS node, date, end, actorIds
ORDER BY date, n.id
LIMIT $limit
