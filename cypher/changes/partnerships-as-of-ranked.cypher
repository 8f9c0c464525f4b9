// The partnerships in force on a day, ranked: the pairs of organisations linked by evidence that
// belongs to the network as of $day (evidenceAsOfDay: its span covers the day, or a source of the
// day announced it), strongest (most such evidence) first, as one page of pair ids plus the total.
// Evidence is a shared agreement, a membership either way or a reported cooperation, as in
// partners/partnerships-ranked. Each agreement is tested once, then paired; each relationship is
// met once (from its start node).
// Parameters: $day (ISO day), $ids (list of organisation ids: only pairs touching one; empty = all),
//   $plannedStatuses, $doneStatuses (lists of strings), $statusFilter ('all' | 'done'),
//   $skip, $limit (integers).
// Returns: total (integer: pairs in the ranking), page (list of maps {aId, bId, evidenceCount},
//   aId < bId).
CALL () {
  MATCH (agreement:Agreement)
  WHERE {{evidenceAsOfDay(agreement)}}
  MATCH (a:Organisation)-[:PARTY_TO]->(agreement)<-[:PARTY_TO]-(b:Organisation)
  WHERE a.id < b.id
  RETURN a.id AS aId, b.id AS bId
  UNION ALL
  MATCH (a:Organisation)-[r:MEMBER_OF|COOPERATES_WITH]->(b:Organisation)
  WHERE a <> b AND {{evidenceAsOfDay(r)}}
  RETURN CASE WHEN a.id < b.id THEN a.id ELSE b.id END AS aId,
         CASE WHEN a.id < b.id THEN b.id ELSE a.id END AS bId
}
WITH aId, bId
WHERE size($ids) = 0 OR aId IN $ids OR bId IN $ids
WITH aId, bId, count(*) AS evidenceCount
ORDER BY evidenceCount DESC, aId, bId
WITH collect({aId: aId, bId: bId, evidenceCount: evidenceCount}) AS ranked
RETURN size(ranked) AS total, ranked[$skip..$skip + $limit] AS page
