// Import: creates or updates cooperation-graph nodes. Every node gets the shared :Entity label (the
// uniqueness constraint lookups use) and its own label, which the import format checks against an
// allow-list. Citations and aliases accumulate: a (source, quote) pair or alias already present is
// not added twice, so re-running an import changes nothing.
// Parameters: $rows (list of {id, label, properties: map without sources/quotes/aliases, sources: [string],
//   quotes: [string], aliases: [string]}).
// Sets sourceCount (integer: distinct sources of the accumulated citations).
// Returns: count (integer) of rows written.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:$(row.label)
SET n += row.properties
WITH n, row, coalesce(n.sources, []) AS oldSources, coalesce(n.quotes, []) AS oldQuotes
WITH n, row, oldSources, oldQuotes,
     [i IN range(0, size(row.sources) - 1)
      WHERE NOT any(j IN range(0, size(oldSources) - 1)
                    WHERE oldSources[j] = row.sources[i] AND oldQuotes[j] = row.quotes[i])] AS fresh
SET n.sources = oldSources + [i IN fresh | row.sources[i]],
    n.quotes = oldQuotes + [i IN fresh | row.quotes[i]],
    n.aliases = CASE
      WHEN n.aliases IS NULL AND size(row.aliases) = 0 THEN null
      ELSE coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]
    END
// How many distinct sources support it: what the canvas sizes elements by.
SET n.sourceCount = size(reduce(distinct = [], source IN n.sources |
  CASE WHEN source IN distinct THEN distinct ELSE distinct + source END))
RETURN count(n) AS count
