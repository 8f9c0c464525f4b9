// Schema: the stable `id` of every :Event is unique; the loader MERGEs on it and lookups use its index.
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE
