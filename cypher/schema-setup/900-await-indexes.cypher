// Schema: waits (up to 300 s) until every index is online, so that setup ends with a usable schema
// and the start-up check that follows finds nothing still populating.
CALL db.awaitIndexes(300)
