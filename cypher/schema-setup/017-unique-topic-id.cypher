// Schema: the stable `id` of every :Topic is unique; the loader MERGEs on it and lookups use its index.
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE
