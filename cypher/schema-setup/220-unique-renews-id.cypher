// Schema: the stable `id` of every :RENEWS relationship is unique. The importer finds an existing
// relationship through this index (an index seek on any store, empty or full) instead of expanding.
CREATE CONSTRAINT renews_id IF NOT EXISTS FOR ()-[r:RENEWS]-() REQUIRE r.id IS UNIQUE
