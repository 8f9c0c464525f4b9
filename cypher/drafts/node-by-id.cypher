// An existing node a draft's candidate is said to be the same as ("same as"), with its label and name.
// Parameters: $id (string).
// Returns: id, label, name (strings); no row when the graph has no such node.
MATCH (n:Entity {id: $id})
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label, coalesce(n.name, n.id) AS name
