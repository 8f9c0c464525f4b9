// Schema: the stable `id` of every :Agreement is unique; the loader MERGEs on it and lookups use its index.
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE
