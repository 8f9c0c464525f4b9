// Schema: saved views are found by their short id (the shared link); it is unique.
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE
