// Common partners: organisations that partner (shared agreement, membership either way, reported
// cooperation) with every one of the given actors, with the evidence for each link.
// Parameters: $ids (list of 2–10 actor ids), $since, $until (ISO date strings or null),
//   $includeUndated (boolean).
// Returns: partner (node), links (list of maps {actorId, actor (node), evidence: list of evidence maps}).
UNWIND $ids AS actorId
MATCH (actor:Entity {id: actorId})
CALL (actor) {
  MATCH (actor)-[ra:PARTY_TO]->(agreement:Agreement)<-[rb:PARTY_TO]-(partner:Organisation)
  RETURN partner, {
    kind: 'agreement', id: agreement.id, name: agreement.name, type: 'PARTY_TO',
    date: agreement.date, status: agreement.status,
    sources: coalesce(ra.sources, []) + coalesce(rb.sources, []),
    quotes: coalesce(ra.quotes, []) + coalesce(rb.quotes, [])
  } AS evidence
  UNION ALL
  MATCH (actor)-[r:MEMBER_OF|COOPERATES_WITH]-(partner:Organisation)
  RETURN partner, {
    kind: CASE type(r) WHEN 'MEMBER_OF' THEN 'membership' ELSE 'cooperation' END,
    id: r.id, name: null, type: type(r), date: coalesce(r.since, r.date), status: null,
    sources: coalesce(r.sources, []), quotes: coalesce(r.quotes, [])
  } AS evidence
}
WITH actor, actorId, partner, evidence, evidence.date AS d
WHERE NOT partner.id IN $ids
  AND ((d IS NULL AND $includeUndated)
       OR (d IS NOT NULL AND {{inDateWindow(d)}}))
WITH partner, actor, actorId, collect(evidence) AS evidence
WITH partner, collect({actorId: actorId, actor: actor, evidence: evidence}) AS links
WHERE size(links) = size($ids)
RETURN partner, links
ORDER BY partner.name
