// Import journal: the imports open or not yet cleaned up (read only), for recovery and progress.
// Parameters: none.
// Returns: id, state ('writing' | 'published'), host (string), pid (integer), written, total (integers),
//   heartbeatMs (integer: epoch milliseconds of the last batch).
MATCH (r:ImportRun)
RETURN r.id AS id, r.state AS state, r.host AS host, r.pid AS pid, r.written AS written,
       r.total AS total, r.heartbeatAt.epochMillis AS heartbeatMs
ORDER BY id
