// The partnership network at any size: organisations aggregated into groups (by country or by
// kind, as the slots {{groupOfA}} / {{groupOfB}} say; the registry fills them from a fixed list),
// with per group the organisations that have a partnership in view and the partnerships touching
// it, and per pair of groups the partnerships between them. A partnership is a pair of
// organisations with at least one piece of evidence passing the filters (shared predicates, as in
// partnerships-ranked); each pair counts once whatever its evidence.
// Parameters: $unknown (string: the key of organisations without a country or kind), $topics
//   (list of Topic ids; empty = all), $windowStart, $windowEnd (ISO days or null),
//   $includeUndated (boolean), $statusFilter ('all' | 'done'), $doneStatuses (list of strings).
// Returns: key (string), actors (integer), partnerships (integer), links (list of maps
//   {other: group key greater than key, partnerships: integer}).
MATCH (a:Organisation)
CALL (a) {
  MATCH (a)-[ra:PARTY_TO]->(agreement:Agreement)<-[rb:PARTY_TO]-(b:Organisation)
  WHERE a.id < b.id AND {{agreementEvidencePasses(agreement, ra, rb)}}
  RETURN b
  // UNION, not UNION ALL: each partner once per organisation, so each pair counts once.
  UNION
  MATCH (a)-[r:MEMBER_OF|COOPERATES_WITH]-(b:Organisation)
  WHERE a.id < b.id AND {{relationshipEvidencePasses(r)}}
  RETURN b
}
WITH a, b, {{groupOfA}} AS groupA, {{groupOfB}} AS groupB
CALL (a, b, groupA, groupB) {
  RETURN groupA AS g, a AS organisation, groupB AS other
  UNION ALL
  RETURN groupB AS g, b AS organisation, groupA AS other
}
// One row per (group, organisation): counting them gives the group's actors.
WITH g, organisation, collect(other) AS others
WITH g, collect(others) AS othersPerOrganisation
WITH g, size(othersPerOrganisation) AS actors, othersPerOrganisation
UNWIND othersPerOrganisation AS others
UNWIND others AS other
WITH g, actors, other, count(*) AS ends
// A pair inside the group has both ends in it: it was counted twice.
WITH g, actors, collect({other: other, partnerships: CASE WHEN other = g THEN ends / 2 ELSE ends END}) AS links
RETURN g AS key, actors,
       reduce(total = 0, link IN links | total + link.partnerships) AS partnerships,
       [link IN links WHERE link.other > g] AS links
