// The labels and types the server keeps for itself: the import journal (import-journal.ts), the
// views derived after each import (partners/derived-summaries.ts) and the audit trail
// (audit/audit-log.ts). They are not the cooperation
// views derived after each import (partners/derived-summaries.ts) and the analysts' saved views and
// stories (views/views-service.ts). They are not the cooperation
// graph, so the schema the legend and the Cypher editor show leaves them out.
export const BOOKKEEPING_LABELS = [
  'ImportRun',
  'ImportBatch',
  'ImportSnapshot',
  'DerivedSummary',
  'AuditEntry',
  // Saved column mappings of the spreadsheet import (import/spreadsheet/mapping-store.ts).
  'SpreadsheetMapping',
  'SavedView',
  'Story',
];
export const BOOKKEEPING_TYPES = ['SAVED'];
