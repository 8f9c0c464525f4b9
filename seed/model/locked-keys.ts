// The properties an analyst may not edit: identity, citations, what the import computes (spans,
// counts, status history, derived values) and what links records to reference sources. One list for
// the correction form (which leaves these keys out) and the server's edit rules (which refuse them).

/** Keys no edit may set, each for the reason `lockedBecause` gives. */
export const LOCKED_KEYS: ReadonlySet<string> = new Set([
  'id',
  'label',
  'type',
  'key',
  'from',
  'to',
  'sources',
  'quotes',
  'aliases',
  'sourceCount',
  'statusHistory',
  'spanStart',
  'spanEnd',
  'reference',
  'mentionedIn',
  'evidence',
]);

/** Why a key is locked, in words, or undefined when it may be edited. */
export function lockedBecause(key: string): string | undefined {
  if (LOCKED_KEYS.has(key)) {
    if (key === 'sources' || key === 'quotes') return 'citations change by importing or retracting a source';
    if (key === 'aliases') return 'aliases accumulate from the sources; they are not edited one by one';
    return 'it is an identity or is computed at import';
  }
  // Computed after each change (derivedDegree…) and per-value provenance (statusSources…).
  if (key.startsWith('derived')) return 'it is derived from the graph after each change';
  if (key.endsWith('Sources')) return 'it records which source gave which value';
  return undefined;
}

/** Whether an analyst may edit the key (its value's type aside). */
export const isEditableKey = (key: string): boolean => lockedBecause(key) === undefined;
