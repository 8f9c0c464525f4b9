// The evidence of given partnerships as of a day: the shared agreements, memberships either way and
// reported cooperation that belong to the network as of $day (the test of partnerships-as-of-ranked),
// each with its status as sources published by $day reported it, and its citations. At most
// $evidenceLimit pieces per pair, the newest first (the ranking says how many there are).
// Rows come in no particular order: the service keeps the ranking.
// Parameters: $pairs (list of maps {aId, bId}), $evidenceLimit (integer), $day (ISO day),
//   $plannedStatuses, $doneStatuses (lists of strings), $statusFilter ('all' | 'done').
// Returns: a (node), b (node), evidence (list of maps {kind, id, name, type, date, status (as of
//   $day), statusHistory, spanStart, spanEnd, sources, quotes}).
UNWIND $pairs AS pair
MATCH (a:Organisation {id: pair.aId})
MATCH (b:Organisation {id: pair.bId})
CALL (a, b) {
  CALL (a, b) {
    MATCH (a)-[ra:PARTY_TO]->(agreement:Agreement)<-[rb:PARTY_TO]-(b)
    WHERE {{evidenceAsOfDay(agreement)}}
    RETURN {
      kind: 'agreement', id: agreement.id, name: agreement.name, type: 'PARTY_TO',
      date: coalesce(agreement.date, agreement.start), status: {{statusAsOfDay(agreement)}},
      statusHistory: agreement.statusHistory, spanStart: agreement.spanStart, spanEnd: agreement.spanEnd,
      sources: coalesce(agreement.sources, []) + coalesce(ra.sources, []) + coalesce(rb.sources, []),
      quotes: coalesce(agreement.quotes, []) + coalesce(ra.quotes, []) + coalesce(rb.quotes, [])
    } AS evidence
    UNION ALL
    MATCH (a)-[r:MEMBER_OF|COOPERATES_WITH]-(b)
    WHERE {{evidenceAsOfDay(r)}}
    RETURN {
      kind: CASE type(r) WHEN 'MEMBER_OF' THEN 'membership' ELSE 'cooperation' END,
      id: r.id, name: null, type: type(r), date: coalesce(r.since, r.date, r.start),
      status: {{statusAsOfDay(r)}}, statusHistory: r.statusHistory,
      spanStart: r.spanStart, spanEnd: r.spanEnd,
      sources: coalesce(r.sources, []), quotes: coalesce(r.quotes, [])
    } AS evidence
  }
  RETURN evidence
  ORDER BY evidence.spanStart DESC, evidence.id
  LIMIT $evidenceLimit
}
RETURN a, b, collect(evidence) AS evidence
