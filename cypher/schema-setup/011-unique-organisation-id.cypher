// Schema: the stable `id` of every :Organisation is unique; the loader MERGEs on it and lookups use its index.
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE
