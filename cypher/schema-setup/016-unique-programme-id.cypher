// Schema: the stable `id` of every :Programme is unique; the loader MERGEs on it and lookups use its index.
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE
