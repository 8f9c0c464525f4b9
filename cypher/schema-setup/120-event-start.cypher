// Schema: range index on event start dates for the timeline and date-window filters.
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.start)
