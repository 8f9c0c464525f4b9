// Events that had started by a day (their stored span starts on or before it), newest first, with
// the organisations and people that took part in, led, organised or hosted them: the events side of
// the network "as of" that day.
// Parameters: $day (string, ISO day "YYYY-MM-DD"), $limit (integer).
// Returns: event (node), links (list of relationships), actors (list of nodes).
MATCH (event:Event)
WHERE event.spanStart IS NOT NULL AND event.spanStart <= $day
WITH event
ORDER BY event.spanStart DESC
LIMIT $limit
OPTIONAL MATCH (actor)-[link:PARTICIPATED_IN|LED|ORGANISED|HOSTED]->(event)
WHERE actor:Organisation OR actor:Person
RETURN event, collect(link) AS links, collect(actor) AS actors
