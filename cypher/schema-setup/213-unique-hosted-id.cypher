// Schema: the stable `id` of every :HOSTED relationship is unique. The importer finds an existing
// relationship through this index (an index seek on any store, empty or full) instead of expanding.
CREATE CONSTRAINT hosted_id IF NOT EXISTS FOR ()-[r:HOSTED]-() REQUIRE r.id IS UNIQUE
