// Schema: full-text index over the verbatim quotes a relationship cites, for search inside the
// evidence. It names every relationship type of the import format (seed/dataset-schema.ts; a unit
// test checks the list): a full-text index on relationships must list its types.
CREATE FULLTEXT INDEX relationship_quotes IF NOT EXISTS
FOR ()-[r:GOVERNS|PARTY_TO|SIGNED|HOLDS_ROLE|MEMBER_OF|COOPERATES_WITH|SUPPORTS|LOCATED_IN|HAS_OFFICE_IN|PART_OF|PARTICIPATED_IN|LED|ORGANISED|HOSTED|FACILITATED|VISITED|HELD_IN|RUNS|CONCERNS|LED_TO|RENEWS|SPUN_OFF_FROM]-()
ON EACH [r.quotes]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }
