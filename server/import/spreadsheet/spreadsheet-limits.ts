// Limits of the spreadsheet import, with their reasons: a register export is a few thousand rows;
// these keep one request's parse and check within a few seconds and its memory bounded.
/** The largest file accepted (the request body carries it in base64, a third larger). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Rows beyond this are refused rather than cut: a partial register would import silently short. */
export const MAX_ROWS = 50_000;
/** Columns beyond this are not a register but a mistake (a wrong delimiter on a wide file). */
export const MAX_COLUMNS = 200;
/** Rows the preview shows as they will be imported, and row errors it lists. */
export const PREVIEW_ROWS = 20;
export const PREVIEW_ERRORS = 500;
