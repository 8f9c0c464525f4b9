// Import: creates the relationships of a batch that do not exist yet (the snapshot query said which)
// between nodes found by the :Entity id constraint. {{type}} comes from the import format's
// allow-list. A missing endpoint yields no row, which the loader reports as an error.
// Parameters: $rows (list of {from: string, to: string, properties: map}).
// Returns: created (list of strings: element ids, for the batch's undo record).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:{{type}}]->(b)
SET r = row.properties
RETURN collect(elementId(r)) AS created
