// The names of the graph's actors, places and topics, to match a spreadsheet's names to existing ids.
// Parameters: none.
// Returns: id (string), label (string), names (list of strings: name, English name, aliases).
MATCH (n:Entity)
WHERE n:Organisation OR n:Person OR n:Place OR n:Topic
RETURN n.id AS id,
       [label IN labels(n) WHERE label <> 'Entity'][0] AS label,
       [name IN [n.name, n.nameEn] + coalesce(n.aliases, []) WHERE name IS NOT NULL] AS names
