// Schema: the stable `id` of every :Person is unique; the loader MERGEs on it and lookups use its index.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE
