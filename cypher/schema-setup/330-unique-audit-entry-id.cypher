// Schema: an audit entry is found by its id (the cursor of a page of the audit trail names one).
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.id IS UNIQUE
