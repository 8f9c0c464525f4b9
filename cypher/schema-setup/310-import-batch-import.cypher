// Schema: an import's batches are found by its id, for undo and clean-up.
CREATE INDEX import_batch_import IF NOT EXISTS FOR (b:ImportBatch) ON (b.importId)
