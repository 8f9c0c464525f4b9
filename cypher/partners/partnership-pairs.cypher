// Every partnership of the graph without filters, as pair ids with their evidence count and the
// overview groups of both ends: read once after each import to store the strongest partnerships
// of the whole graph and of every overview group (derived-summaries.ts), instead of ranking each
// group live (a group page enumerates every pair of its members: seconds at field scale). Counts
// as partnerships-ranked does unfiltered: each shared agreement, membership either way and
// reported cooperation once, the pair met from its lower id.
// Parameters: none.
// Returns: one row per pair: aId, bId (strings, aId < bId), evidenceCount (integer),
//   aCountry, bCountry (derivedCountryId or null), aKind, bKind (kind or null).
MATCH (a:Organisation)
CALL (a) {
  MATCH (a)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(b:Organisation)
  WHERE a.id < b.id
  RETURN b
  UNION ALL
  MATCH (a)-[:MEMBER_OF|COOPERATES_WITH]-(b:Organisation)
  WHERE a.id < b.id
  RETURN b
}
WITH a, b, count(*) AS evidenceCount
RETURN a.id AS aId, b.id AS bId, evidenceCount,
       a.derivedCountryId AS aCountry, b.derivedCountryId AS bCountry, a.kind AS aKind, b.kind AS bKind
