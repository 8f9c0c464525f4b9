// What changed between two days: the agreements and events whose stored span starts or (for
// lasting facts with a stated end) ends in the window, the lasting relationships (memberships,
// offices, cooperation, signatures, renewals) likewise, and every element whose status several
// sources reported (its statusHistory), for the service to date each change. A renewal is an
// agreement of its own (status renewed), so it is listed at its date like a signature. Plans
// (status in $scheduledStatuses) and starts the text only bounds (startLatest) are returned whatever
// their span: the service dates a plan at its reporting source's publication and a bounded start by
// its range.
// Parameters: $windowStart, $windowEnd (ISO days), $changeTypes (list of relationship types),
//   $partOfAgreement (list of relationship types whose changes are the agreement's own: PARTY_TO),
//   $scheduledStatuses (list of strings: the statuses of plans).
// Returns: element (node or relationship), label (string or null), type (string or null),
//   from (node or null), to (node or null).
CALL () {
  MATCH (n:Entity)
  WHERE (n:Agreement OR n:Event) AND n.spanStart IS NOT NULL
    AND ((n.spanStart >= $windowStart AND n.spanStart <= $windowEnd)
         OR (coalesce(n.until, n.end) IS NOT NULL AND n.spanEnd >= $windowStart AND n.spanEnd <= $windowEnd)
         OR n.statusHistory IS NOT NULL OR n.startLatest IS NOT NULL OR n.status IN $scheduledStatuses)
  RETURN n AS element, [label IN labels(n) WHERE label <> 'Entity'][0] AS label, null AS type,
         null AS from, null AS to
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE NOT type(r) IN $partOfAgreement
    AND (type(r) IN $changeTypes OR r.status = 'renewed' OR r.statusHistory IS NOT NULL)
    AND r.spanStart IS NOT NULL
    AND ((r.spanStart >= $windowStart AND r.spanStart <= $windowEnd)
         OR (coalesce(r.until, r.end) IS NOT NULL AND r.spanEnd >= $windowStart AND r.spanEnd <= $windowEnd)
         OR r.statusHistory IS NOT NULL OR r.startLatest IS NOT NULL OR r.status IN $scheduledStatuses)
  RETURN r AS element, null AS label, type(r) AS type, a AS from, b AS to
}
RETURN element, label, type, from, to
