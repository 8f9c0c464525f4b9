// Schema: the audit trail is read newest first, by the time of each entry.
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at)
