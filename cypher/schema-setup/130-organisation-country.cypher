// Schema: index on the derived country of organisations, for the overview's country drill-down
// (GET /api/partnerships?group=country:<place id>).
CREATE INDEX organisation_country IF NOT EXISTS FOR (n:Organisation) ON (n.derivedCountryId)
