// Schema: the stable `id` of every :Entity is unique; the loader MERGEs on it and lookups use its index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
