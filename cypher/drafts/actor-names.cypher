// Every actor a draft may mention (organisations, people, places, programmes, events), with the
// names it is known by, for the drafts' name matcher (loaded once, rebuilt after an import).
// Parameters: none.
// Returns: id (string), label (string), name (string), names (list of strings: nameEn, aliases, acronym).
MATCH (n:Entity)
WHERE n:Organisation OR n:Person OR n:Place OR n:Programme
RETURN n.id AS id,
       [label IN labels(n) WHERE label <> 'Entity'][0] AS label,
       coalesce(n.name, n.id) AS name,
       [x IN coalesce(n.aliases, []) + [n.nameEn, n.acronym] WHERE x IS NOT NULL] AS names
