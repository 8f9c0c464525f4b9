// Who partners with whom, ranked: the pairs of organisations linked by evidence (a shared
// agreement, a membership either way, a reported cooperation), strongest (most evidence) first,
// as one page of pair ids plus the total. The evidence itself comes from partnership-evidence for
// the page only, so a whole-graph ranking never carries every quote. The registry fills the slots
// from a fixed list (one variant per view): {{start}} matches the organisations a the view starts
// from (all, the given ids, or one overview group, through an index), and {{partnerIsStart}} says
// whether the partner b is one of them too, so that a pair met from both ends is kept once.
// Unfiltered, the first 1,000 pairs of the whole graph and of each group are ranked at import
// (partnership-pairs.cypher, the same count): this runs for them only past that prefix, around
// given ids, and with a filter, enumerating every pair of its start set.
// Parameters: $ids (list of organisation ids, for the ids view), $groupKey (string, for a group
//   view), $topics (list of Topic ids; empty = all), $windowStart, $windowEnd (ISO days or null),
//   $includeUndated (boolean), $statusFilter ('all' | 'done'), $doneStatuses (list of strings),
//   $skip, $limit (integers).
// Returns: total (integer: pairs in the ranking), page (list of maps {aId, bId, evidenceCount},
//   aId < bId).
{{start}}
CALL (a) {
  MATCH (a)-[ra:PARTY_TO]->(agreement:Agreement)<-[rb:PARTY_TO]-(b:Organisation)
  WHERE b <> a AND {{agreementEvidencePasses(agreement, ra, rb)}}
  RETURN b
  UNION ALL
  MATCH (a)-[r:MEMBER_OF|COOPERATES_WITH]-(b:Organisation)
  WHERE b <> a AND {{relationshipEvidencePasses(r)}}
  RETURN b
}
WITH a, b
WHERE a.id < b.id OR NOT ({{partnerIsStart}})
WITH CASE WHEN a.id < b.id THEN a.id ELSE b.id END AS aId,
     CASE WHEN a.id < b.id THEN b.id ELSE a.id END AS bId,
     count(*) AS evidenceCount
ORDER BY evidenceCount DESC, aId, bId
WITH collect({aId: aId, bId: bId, evidenceCount: evidenceCount}) AS ranked
RETURN size(ranked) AS total, ranked[$skip..$skip + $limit] AS page
