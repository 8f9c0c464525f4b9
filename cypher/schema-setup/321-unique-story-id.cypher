// Schema: stories are found by their short id (the shared link); it is unique.
CREATE CONSTRAINT story_id IF NOT EXISTS FOR (s:Story) REQUIRE s.id IS UNIQUE
