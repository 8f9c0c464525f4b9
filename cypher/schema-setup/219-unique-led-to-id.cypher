// Schema: the stable `id` of every :LED_TO relationship is unique. The importer finds an existing
// relationship through this index (an index seek on any store, empty or full) instead of expanding.
CREATE CONSTRAINT led_to_id IF NOT EXISTS FOR ()-[r:LED_TO]-() REQUIRE r.id IS UNIQUE
