// The labels and types the server keeps for itself: the import journal (import-journal.ts) and the
// views derived after each import (partners/derived-summaries.ts). They are not the cooperation
// graph, so the schema the legend and the Cypher editor show leaves them out.
export const BOOKKEEPING_LABELS = [
  'ImportRun',
  'ImportBatch',
  'ImportSnapshot',
  'DerivedSummary',
  // Saved column mappings of the spreadsheet import (import/spreadsheet/mapping-store.ts).
  'SpreadsheetMapping',
];
export const BOOKKEEPING_TYPES = ['SAVED'];
