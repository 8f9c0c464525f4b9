// Schema: an import's run record is found by its id (each batch updates its heartbeat).
CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (r:Draft) REQUIRE r.id IS UNIQUE
