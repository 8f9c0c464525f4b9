// Cypher predicates that several query files share, composed into them by the query registry where
// a file writes `{{name(expression)}}`. One place for the rule, so the copies cannot drift.
// Each takes a Cypher expression (a variable or a small expression of the query) and reads the
// query's own parameters; no user text ever reaches them. The rules themselves live in the model
// (seed/model/), which the client's filters use too.
import { cypherPassesStatusFilter } from '../../seed/model/statuses.ts';
import { cypherSpanInWindow } from '../../seed/model/time-span.ts';

export const CYPHER_FRAGMENTS: Record<string, (element: string) => string> = {
  /** The element's stored span overlaps [$windowStart, $windowEnd] (undated elements pass). */
  spanInWindow: cypherSpanInWindow,
  /** The element's status passes $statusFilter ('all', or 'done' with $doneStatuses). */
  passesStatusFilter: cypherPassesStatusFilter,
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
