// Schema: one import at a time. Every ImportRun has lock = 'import': a second one fails on this
// constraint instead of interleaving with an import whose undo it would spoil.
CREATE CONSTRAINT import_run_lock IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.lock IS UNIQUE
