// Schema: the stable `id` of every :Source is unique; the loader MERGEs on it and lookups use its index.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE
