// Schema: range index on agreement dates for the timeline and date-window filters.
CREATE INDEX agreement_date IF NOT EXISTS FOR (n:Agreement) ON (n.date)
