// Schema: full-text index over the verbatim quotes a node cites, for search inside the evidence
// ("fermentation" finds the actors and acts whose quotes mention it, not only the Topic).
// The standard-folding analyzer folds accents and case like the names' index; the service's query
// adds prefixes and edit distances on folded words. Eventually-consistent off, as for names.
CREATE FULLTEXT INDEX node_quotes IF NOT EXISTS
FOR (n:Organisation|Person|Place|Agreement|Event|Programme|Topic)
ON EACH [n.quotes]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }
