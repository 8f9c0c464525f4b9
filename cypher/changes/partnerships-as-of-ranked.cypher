// The partnerships in force on a day, ranked: the pairs of organisations linked by evidence that
// belongs to the network as of $day (evidenceAsOfDay: its span covers the day, or a source of the
// day announced it), strongest (most such evidence) first, as one page of pair ids plus the total.
// Evidence is a shared agreement, a membership either way or a reported cooperation, as in
// partners/partnerships-ranked. Each agreement is tested once and its parties read once, then
// paired in memory (an agreement of k parties makes k(k-1)/2 pairs without expanding k² times);
// each relationship is met once, from its start node.
// Parameters: $day (ISO day), $ids (list of organisation ids: only pairs touching one; empty = all),
//   $plannedStatuses, $doneStatuses (lists of strings), $statusFilter ('all' | 'done'),
//   $skip, $limit (integers).
// Returns: total (integer: pairs in the ranking), page (list of maps {aId, bId, evidenceCount},
//   aId < bId).
CALL () {
  MATCH (agreement:Agreement)
  WHERE {{evidenceAsOfDay(agreement)}}
  CALL (agreement) {
    MATCH (party:Organisation)-[:PARTY_TO]->(agreement)
    WITH DISTINCT party.id AS partyId
    ORDER BY partyId
    RETURN collect(partyId) AS parties
  }
  UNWIND range(0, size(parties) - 2) AS i
  UNWIND range(i + 1, size(parties) - 1) AS j
  RETURN parties[i] AS aId, parties[j] AS bId
  UNION ALL
  MATCH (a:Organisation)-[r:MEMBER_OF|COOPERATES_WITH]->(b)
  WHERE b:Organisation AND a <> b AND {{evidenceAsOfDay(r)}}
  RETURN CASE WHEN a.id < b.id THEN a.id ELSE b.id END AS aId,
         CASE WHEN a.id < b.id THEN b.id ELSE a.id END AS bId
}
WITH aId, bId
WHERE size($ids) = 0 OR aId IN $ids OR bId IN $ids
WITH aId, bId, count(*) AS evidenceCount
ORDER BY evidenceCount DESC, aId, bId
WITH collect({aId: aId, bId: bId, evidenceCount: evidenceCount}) AS ranked
RETURN size(ranked) AS total, ranked[$skip..$skip + $limit] AS page
