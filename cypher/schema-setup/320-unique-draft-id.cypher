// Schema: a draft under review is found by its id (each review step rewrites it).
CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (d:Draft) REQUIRE d.id IS UNIQUE
