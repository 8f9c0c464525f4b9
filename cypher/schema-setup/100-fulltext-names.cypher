// Schema: full-text index over names, English names, aliases and titles for search and autocomplete.
// The standard-folding analyzer folds accents and case: "metropole" finds "métropole", "naro" finds "NARO".
// Eventually-consistent off so a freshly imported name is searchable at once.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Organisation|Person|Place|Agreement|Event|Programme|Topic|Source)
ON EACH [n.name, n.nameEn, n.aliases, n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }
