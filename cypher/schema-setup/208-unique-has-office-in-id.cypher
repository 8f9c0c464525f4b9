// Schema: the stable `id` of every :HAS_OFFICE_IN relationship is unique. The importer finds an existing
// relationship through this index (an index seek on any store, empty or full) instead of expanding.
CREATE CONSTRAINT has_office_in_id IF NOT EXISTS FOR ()-[r:HAS_OFFICE_IN]-() REQUIRE r.id IS UNIQUE
