// Import journal: opens an import. There is one ImportRun at a time (uniqueness of `lock`): a second
// import fails on the constraint instead of interleaving with the first, whose undo it would spoil.
// Parameters: $importId (string), $host (string), $pid (integer), $total (integer: rows to write).
// Returns: id (string).
CREATE (r:ImportRun {id: $importId, lock: 'import', state: 'writing', host: $host, pid: $pid,
                     total: $total, written: 0, startedAt: datetime(), heartbeatAt: datetime()})
RETURN r.id AS id
