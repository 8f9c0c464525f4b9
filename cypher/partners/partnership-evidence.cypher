// The evidence of given partnerships (pairs of organisations): shared agreements, memberships
// either way and reported cooperation, each with its citations, filtered as in partnerships-ranked
// (the same shared predicates). Rows come in no particular order: the service keeps the ranking.
// Two hubs can share over a thousand agreements: each pair brings at most $evidenceLimit pieces,
// the newest first (the ranking's evidenceCount says how many there are). So that a hub pair
// costs little more than its two ends' links: the shared agreements come from the walk that suits
// the view (the sharedAgreementsWalk slot below), each kind of evidence is cut to its newest $evidenceLimit on bare elements
// (a top-k, no sort of the whole set), and only those few are built into maps.
// Parameters: $pairs (list of maps {aId, bId}), $evidenceLimit (integer), $topics (list of Topic ids; empty = all),
//   $windowStart, $windowEnd (ISO days or null), $includeUndated (boolean),
//   $statusFilter ('all' | 'done'), $doneStatuses (list of strings).
// Returns: a (node), b (node), evidence (list of maps {kind, id, name, type, date, status,
//   statusHistory, spanStart, spanEnd, sources, quotes}).
UNWIND $pairs AS pair
MATCH (a:Organisation {id: pair.aId})
MATCH (b:Organisation {id: pair.bId})
CALL (a, b) {
  CALL (a, b) {
    // The sharedAgreementsWalk slot: for the strongest pairs of the graph or a group (mostly two
    // hubs), a hash join on the agreement reads each end's PARTY_TO links once, ~5 times faster
    // than walking from one end and testing the other per agreement; around given ids (a hub and
    // its smaller partners) the planner's walk from one end is ~2 times faster than the join.
    MATCH (a)-[ra:PARTY_TO]->(agreement:Agreement)<-[rb:PARTY_TO]-(b)
    {{sharedAgreementsWalk}}
    WHERE {{agreementEvidencePasses(agreement, ra, rb)}}
    WITH agreement, ra, rb
    ORDER BY coalesce(agreement.spanStart, '') DESC, agreement.id
    LIMIT $evidenceLimit
    RETURN {
      kind: 'agreement', id: agreement.id, name: agreement.name, type: 'PARTY_TO',
      date: coalesce(agreement.date, agreement.start), status: agreement.status, statusHistory: agreement.statusHistory,
      spanStart: agreement.spanStart, spanEnd: agreement.spanEnd,
      sources: coalesce(agreement.sources, []) + coalesce(ra.sources, []) + coalesce(rb.sources, []),
      quotes: coalesce(agreement.quotes, []) + coalesce(ra.quotes, []) + coalesce(rb.quotes, [])
    } AS evidence
    UNION ALL
    MATCH (a)-[r:MEMBER_OF|COOPERATES_WITH]-(b)
    WHERE {{relationshipEvidencePasses(r)}}
    WITH r
    ORDER BY coalesce(r.spanStart, '') DESC, r.id
    LIMIT $evidenceLimit
    RETURN {
      kind: CASE type(r) WHEN 'MEMBER_OF' THEN 'membership' ELSE 'cooperation' END,
      id: r.id, name: null, type: type(r), date: coalesce(r.since, r.date, r.start), status: r.status, statusHistory: r.statusHistory,
      spanStart: r.spanStart, spanEnd: r.spanEnd,
      sources: coalesce(r.sources, []), quotes: coalesce(r.quotes, [])
    } AS evidence
  }
  RETURN evidence
  ORDER BY coalesce(evidence.spanStart, '') DESC, evidence.id
  LIMIT $evidenceLimit
}
RETURN a, b, collect(evidence) AS evidence
