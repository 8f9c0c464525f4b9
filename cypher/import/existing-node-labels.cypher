// Which of the given ids already exist in the database, and with which label (import reference check).
// Parameters: $ids (list of strings).
// Returns: id (string), label (string: the node's label other than Entity).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label
