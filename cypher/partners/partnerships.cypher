// Who partners with whom: pairs of organisations linked because they are parties to the same
// agreement, one is a member of the other, or they are reported as cooperating. Each pair comes
// with its evidence. Windows apply to the spans stored at import (seed/model/time-span.ts), the
// status filter to the stored status of every element the evidence rests on.
// Parameters: $ids (list of strings; empty = all organisations, else pairs touching one of them),
//   $topics (list of Topic ids; empty = all), $windowStart, $windowEnd (ISO days or null),
//   $includeUndated (boolean: keep evidence without a date), $statusFilter ('all' | 'done'),
//   $doneStatuses (list of strings).
// Returns: a (node), b (node), evidence (list of maps {kind, id, name, type, date, status,
//   statusHistory, spanStart, spanEnd, sources, quotes}).
CALL () {
  MATCH (a:Organisation)-[ra:PARTY_TO]->(agreement:Agreement)<-[rb:PARTY_TO]-(b:Organisation)
  WHERE elementId(a) < elementId(b)
    AND (size($topics) = 0 OR EXISTS { (agreement)-[:CONCERNS]->(topic:Topic) WHERE topic.id IN $topics })
    AND {{passesStatusFilter(agreement)}} AND {{passesStatusFilter(ra)}} AND {{passesStatusFilter(rb)}}
  RETURN a, b, {
    kind: 'agreement', id: agreement.id, name: agreement.name, type: 'PARTY_TO',
    date: coalesce(agreement.date, agreement.start), status: agreement.status, statusHistory: agreement.statusHistory,
    spanStart: agreement.spanStart, spanEnd: agreement.spanEnd,
    sources: coalesce(agreement.sources, []) + coalesce(ra.sources, []) + coalesce(rb.sources, []),
    quotes: coalesce(agreement.quotes, []) + coalesce(ra.quotes, []) + coalesce(rb.quotes, [])
  } AS evidence
  UNION ALL
  MATCH (a:Organisation)-[r:MEMBER_OF|COOPERATES_WITH]-(b:Organisation)
  WHERE elementId(a) < elementId(b)
    AND (size($topics) = 0 OR any(topic IN coalesce(r.topics, []) WHERE topic IN $topics))
    AND {{passesStatusFilter(r)}}
  RETURN a, b, {
    kind: CASE type(r) WHEN 'MEMBER_OF' THEN 'membership' ELSE 'cooperation' END,
    id: r.id, name: null, type: type(r), date: coalesce(r.since, r.date, r.start), status: r.status, statusHistory: r.statusHistory,
    spanStart: r.spanStart, spanEnd: r.spanEnd,
    sources: coalesce(r.sources, []), quotes: coalesce(r.quotes, [])
  } AS evidence
}
WITH a, b, evidence
WHERE (size($ids) = 0 OR a.id IN $ids OR b.id IN $ids)
  AND ($includeUndated OR evidence.spanStart IS NOT NULL)
  AND {{spanInWindow(evidence)}}
RETURN a, b, collect(evidence) AS evidence
ORDER BY a.id, b.id
