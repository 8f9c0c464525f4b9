// Schema: index on the kind of organisations, for the overview's kind drill-down
// (GET /api/partnerships?group=kind:<kind>).
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind)
