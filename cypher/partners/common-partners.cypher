// Common partners: organisations that partner (shared agreement, membership either way, reported
// cooperation) with every one of the given actors, with the evidence for each link. Windows apply
// to the spans stored at import, the status filter to every element the evidence rests on.
// Parameters: $ids (list of 2–10 actor ids), $windowStart, $windowEnd (ISO days or null),
//   $includeUndated (boolean), $statusFilter ('all' | 'done'), $doneStatuses (list of strings),
//   $skip, $limit (integers: the page), $evidenceLimit (integer: evidence listed per link).
// Ranked by evidence over all links (most first), then partner id; one row with the total and the
// page, so only the page travels (two hubs of 10,000 links share thousands of partners).
// Returns: total (integer), page (list of maps {partner (node), links (list of maps {actorId,
//   actor (node), evidence: list of evidence maps, evidenceCount (integer)}), evidenceCount}).
UNWIND $ids AS actorId
MATCH (actor:Entity {id: actorId})
CALL (actor) {
  MATCH (actor)-[ra:PARTY_TO]->(agreement:Agreement)<-[rb:PARTY_TO]-(partner:Organisation)
  WHERE {{passesStatusFilter(agreement)}} AND {{passesStatusFilter(ra)}} AND {{passesStatusFilter(rb)}}
  RETURN partner, {
    kind: 'agreement', id: agreement.id, name: agreement.name, type: 'PARTY_TO',
    date: coalesce(agreement.date, agreement.start), status: agreement.status, statusHistory: agreement.statusHistory,
    spanStart: agreement.spanStart, spanEnd: agreement.spanEnd,
    sources: coalesce(ra.sources, []) + coalesce(rb.sources, []),
    quotes: coalesce(ra.quotes, []) + coalesce(rb.quotes, [])
  } AS evidence
  UNION ALL
  MATCH (actor)-[r:MEMBER_OF|COOPERATES_WITH]-(partner:Organisation)
  WHERE {{passesStatusFilter(r)}}
  RETURN partner, {
    kind: CASE type(r) WHEN 'MEMBER_OF' THEN 'membership' ELSE 'cooperation' END,
    id: r.id, name: null, type: type(r), date: coalesce(r.since, r.date, r.start), status: r.status, statusHistory: r.statusHistory,
    spanStart: r.spanStart, spanEnd: r.spanEnd,
    sources: coalesce(r.sources, []), quotes: coalesce(r.quotes, [])
  } AS evidence
}
WITH actor, actorId, partner, evidence
WHERE NOT partner.id IN $ids
  AND ($includeUndated OR evidence.spanStart IS NOT NULL)
  AND {{spanInWindow(evidence)}}
WITH partner, actor, actorId, collect(evidence) AS evidence
// A link lists at most $evidenceLimit pieces (two hubs can share a thousand); evidenceCount counts all.
WITH partner, collect({
  actorId: actorId, actor: actor, evidence: evidence[0..$evidenceLimit], evidenceCount: size(evidence)
}) AS links
WHERE size(links) = size($ids)
WITH partner, links, reduce(pieces = 0, link IN links | pieces + link.evidenceCount) AS evidenceCount
ORDER BY evidenceCount DESC, partner.id
WITH collect({partner: partner, links: links, evidenceCount: evidenceCount}) AS ranked
RETURN size(ranked) AS total, ranked[$skip..$skip + $limit] AS page
