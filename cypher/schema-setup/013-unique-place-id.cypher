// Schema: the stable `id` of every :Place is unique; the loader MERGEs on it and lookups use its index.
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE
