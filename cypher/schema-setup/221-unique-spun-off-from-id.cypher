// Schema: the stable `id` of every :SPUN_OFF_FROM relationship is unique. The importer finds an existing
// relationship through this index (an index seek on any store, empty or full) instead of expanding.
CREATE CONSTRAINT spun_off_from_id IF NOT EXISTS FOR ()-[r:SPUN_OFF_FROM]-() REQUIRE r.id IS UNIQUE
