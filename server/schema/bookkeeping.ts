// The labels and types the server keeps for itself: the import journal (import-journal.ts), the
// views derived after each import (partners/derived-summaries.ts) and the drafts under review
// (drafts/draft-store.ts). They are not the cooperation graph, so the schema the legend and the
// Cypher editor show leaves them out.
export const BOOKKEEPING_LABELS = ['ImportRun', 'ImportBatch', 'ImportSnapshot', 'DerivedSummary', 'Draft'];
export const BOOKKEEPING_TYPES = ['SAVED'];
