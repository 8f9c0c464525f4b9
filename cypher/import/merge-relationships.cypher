// Import: creates or updates relationships between existing nodes, identified by their `id`
// (from|TYPE|to[|key]). The type comes from the import format's allow-list. Citations accumulate
// as for nodes. A missing endpoint yields no row, which the loader reports as an error.
// Parameters: $rows (list of {id, type, from, to, properties: map, sources: [string], quotes: [string]}).
// Sets sourceCount (integer: distinct sources of the accumulated citations).
// Returns: id (string) of each relationship written.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.properties
WITH r, row, coalesce(r.sources, []) AS oldSources, coalesce(r.quotes, []) AS oldQuotes
WITH r, row, oldSources, oldQuotes,
     [i IN range(0, size(row.sources) - 1)
      WHERE NOT any(j IN range(0, size(oldSources) - 1)
                    WHERE oldSources[j] = row.sources[i] AND oldQuotes[j] = row.quotes[i])] AS fresh
SET r.sources = oldSources + [i IN fresh | row.sources[i]],
    r.quotes = oldQuotes + [i IN fresh | row.quotes[i]]
// How many distinct sources support it: what the canvas sizes elements by.
SET r.sourceCount = size(reduce(distinct = [], source IN r.sources |
  CASE WHEN source IN distinct THEN distinct ELSE distinct + source END))
RETURN r.id AS id
