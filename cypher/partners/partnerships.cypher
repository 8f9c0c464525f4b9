// Who partners with whom: pairs of organisations linked because they are parties to the same
// agreement, one is a member of the other, or they are reported as cooperating. Each pair comes
// with its evidence. Dates are ISO strings of any precision, compared at their common precision.
// Parameters: $ids (list of strings; empty = all organisations, else pairs touching one of them),
//   $topics (list of Topic ids; empty = all), $since, $until (ISO date strings or null),
//   $includeUndated (boolean: keep evidence without a date).
// Returns: a (node), b (node), evidence (list of maps {kind, id, name, type, date, status, sources, quotes}).
CALL () {
  MATCH (a:Organisation)-[ra:PARTY_TO]->(agreement:Agreement)<-[rb:PARTY_TO]-(b:Organisation)
  WHERE elementId(a) < elementId(b)
    AND (size($topics) = 0 OR EXISTS { (agreement)-[:CONCERNS]->(topic:Topic) WHERE topic.id IN $topics })
  RETURN a, b, {
    kind: 'agreement', id: agreement.id, name: agreement.name, type: 'PARTY_TO',
    date: agreement.date, status: agreement.status,
    sources: coalesce(agreement.sources, []) + coalesce(ra.sources, []) + coalesce(rb.sources, []),
    quotes: coalesce(agreement.quotes, []) + coalesce(ra.quotes, []) + coalesce(rb.quotes, [])
  } AS evidence
  UNION ALL
  MATCH (a:Organisation)-[r:MEMBER_OF|COOPERATES_WITH]-(b:Organisation)
  WHERE elementId(a) < elementId(b)
    AND (size($topics) = 0 OR any(topic IN coalesce(r.topics, []) WHERE topic IN $topics))
  RETURN a, b, {
    kind: CASE type(r) WHEN 'MEMBER_OF' THEN 'membership' ELSE 'cooperation' END,
    id: r.id, name: null, type: type(r), date: coalesce(r.since, r.date), status: null,
    sources: coalesce(r.sources, []), quotes: coalesce(r.quotes, [])
  } AS evidence
}
WITH a, b, evidence, evidence.date AS d
WHERE (size($ids) = 0 OR a.id IN $ids OR b.id IN $ids)
  AND ((d IS NULL AND $includeUndated)
       OR (d IS NOT NULL AND {{inDateWindow(d)}}))
RETURN a, b, collect(evidence) AS evidence
ORDER BY a.id, b.id
