// Schema: an import's run record is found by its id (each batch updates its heartbeat).
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.id IS UNIQUE
