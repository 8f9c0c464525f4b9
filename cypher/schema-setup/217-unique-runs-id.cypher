// Schema: the stable `id` of every :RUNS relationship is unique. The importer finds an existing
// relationship through this index (an index seek on any store, empty or full) instead of expanding.
CREATE CONSTRAINT runs_id IF NOT EXISTS FOR ()-[r:RUNS]-() REQUIRE r.id IS UNIQUE
