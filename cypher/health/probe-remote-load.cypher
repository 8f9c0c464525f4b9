// Start-up check: does the database refuse LOAD CSV over the network? The URL is a closed loopback
// port of the database host, so even an unblocked database fetches nothing: it fails to connect,
// while a blocked one refuses with an error naming internal.dbms.cypher_ip_blocklist.
// Parameters: url (string).
// Returns: row (never: the load fails either way).
LOAD CSV FROM $url AS row
RETURN row
LIMIT 1
