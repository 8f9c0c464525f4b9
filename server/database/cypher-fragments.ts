// Cypher predicates that several query files share, composed into them by the query registry where
// a file writes `{{name(expression)}}`. One place for the rule, so the copies cannot drift.
// Each takes a Cypher expression (a variable or a small expression of the query) and reads the
// query's own parameters; no user text ever reaches them. The rules themselves live in the model
// (seed/model/), which the client's filters use too.
import { cypherPassesStatusFilter } from '../../seed/model/statuses.ts';
import { cypherSpanInWindow } from '../../seed/model/time-span.ts';

/**
 * A shared agreement is evidence of partnership when the agreement concerns one of $topics (or
 * $topics is empty), it and both PARTY_TO links pass the status filter, and its span is dated
 * (unless $includeUndated) and in the window. Takes `agreement, ra, rb`.
 */
function agreementEvidencePasses(elements: string): string {
  const [agreement, ra, rb] = elements.split(',').map((part) => part.trim());
  if (!agreement || !ra || !rb) throw new Error('agreementEvidencePasses takes (agreement, ra, rb)');
  return [
    `(size($topics) = 0 OR EXISTS { (${agreement})-[:CONCERNS]->(topic:Topic) WHERE topic.id IN $topics })`,
    cypherPassesStatusFilter(agreement),
    cypherPassesStatusFilter(ra),
    cypherPassesStatusFilter(rb),
    `($includeUndated OR ${agreement}.spanStart IS NOT NULL)`,
    cypherSpanInWindow(agreement),
  ].join(' AND ');
}

/** The same for a membership or reported cooperation: its own topics, status and span. */
function relationshipEvidencePasses(relationship: string): string {
  return [
    `(size($topics) = 0 OR any(topic IN coalesce(${relationship}.topics, []) WHERE topic IN $topics))`,
    cypherPassesStatusFilter(relationship),
    `($includeUndated OR ${relationship}.spanStart IS NOT NULL)`,
    cypherSpanInWindow(relationship),
  ].join(' AND ');
}

export const CYPHER_FRAGMENTS: Record<string, (element: string) => string> = {
  /** The element's stored span overlaps [$windowStart, $windowEnd] (undated elements pass). */
  spanInWindow: cypherSpanInWindow,
  /** The element's status passes $statusFilter ('all', or 'done' with $doneStatuses). */
  passesStatusFilter: cypherPassesStatusFilter,
  agreementEvidencePasses,
  relationshipEvidencePasses,
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
