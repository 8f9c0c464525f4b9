// Schema: the stable `id` of every :ORGANISED relationship is unique. The importer finds an existing
// relationship through this index (an index seek on any store, empty or full) instead of expanding.
CREATE CONSTRAINT organised_id IF NOT EXISTS FOR ()-[r:ORGANISED]-() REQUIRE r.id IS UNIQUE
