// Schema: the stable `id` of every :GOVERNS relationship is unique. The importer finds an existing
// relationship through this index (an index seek on any store, empty or full) instead of expanding.
CREATE CONSTRAINT governs_id IF NOT EXISTS FOR ()-[r:GOVERNS]-() REQUIRE r.id IS UNIQUE
