// Schema: one precomputed summary per name (the overview and strongest partnerships served without
// filters), looked up by name.
CREATE CONSTRAINT unique_derived_summary_name IF NOT EXISTS FOR (n:DerivedSummary) REQUIRE n.name IS UNIQUE
