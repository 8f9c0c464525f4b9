// Cypher predicates that several query files share, composed into them by the query registry where
// a file writes `{{name(expression)}}`. One place for the rule, so the copies cannot drift.
// Each takes a Cypher expression (a variable or a small expression of the query) and reads the
// query's own parameters; no user text ever reaches them.

/** ISO dates of any precision ('2025', '2025-11', '2025-11-20') compared at their common precision. */
const notBefore = (date: string, bound: string) =>
  `substring(${date}, 0, size(${bound})) >= substring(${bound}, 0, size(${date}))`;
const notAfter = (date: string, bound: string) =>
  `substring(${date}, 0, size(${bound})) <= substring(${bound}, 0, size(${date}))`;

/** The date is not before $since (or $since is null). */
const onOrAfterSince = (date: string) => `($since IS NULL OR ${notBefore(date, '$since')})`;
/** The date is not after $until (or $until is null). */
const onOrBeforeUntil = (date: string) => `($until IS NULL OR ${notAfter(date, '$until')})`;

export const CYPHER_FRAGMENTS: Record<string, (expression: string) => string> = {
  onOrAfterSince,
  onOrBeforeUntil,
  /** The date lies in the window [$since, $until] (either bound may be null). */
  inDateWindow: (date) => `(${onOrAfterSince(date)} AND ${onOrBeforeUntil(date)})`,
};

/**
 * Replaces `{{slot}}` with the query's fixed text for it and `{{fragment(expression)}}` with the
 * shared predicate. Anything left unknown is an error at start-up, not a broken query later.
 */
export function composeQuery(text: string, slots: Record<string, string> = {}): string {
  return text.replace(/\{\{(\w+)(?:\((.*?)\))?\}\}/g, (whole, name: string, expression?: string) => {
    if (expression !== undefined) {
      const fragment = CYPHER_FRAGMENTS[name];
      if (!fragment) throw new Error(`unknown Cypher fragment ${whole}`);
      return fragment(expression.trim());
    }
    const slot = slots[name];
    if (slot === undefined) throw new Error(`no text for the slot ${whole}`);
    return slot;
  });
}
