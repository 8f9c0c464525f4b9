// Schema: the stable `id` of every :FACILITATED relationship is unique. The importer finds an existing
// relationship through this index (an index seek on any store, empty or full) instead of expanding.
CREATE CONSTRAINT facilitated_id IF NOT EXISTS FOR ()-[r:FACILITATED]-() REQUIRE r.id IS UNIQUE
