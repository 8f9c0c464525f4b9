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

/** One `statusHistory` entry's published date and reported status ("<published>|<status>|<source id>"). */
const historyPublished = (entry: string) => `split(${entry}, '|')[0]`;
const historyStatus = (entry: string) => `split(${entry}, '|')[1]`;

/**
 * The status as sources published by $day reported it: the latest entry of the element's
 * statusHistory published on or before $day, else its stored status (the Cypher twin of
 * statusAsOf in seed/model/statuses.ts, which the events of the as-of view use).
 */
function statusAsOfDay(element: string): string {
  const entry = 'entry';
  return `coalesce(last([${entry} IN coalesce(${element}.statusHistory, []) WHERE coalesce(${historyPublished(entry)}, '') <> '' AND coalesce(${historyStatus(entry)}, '') <> '' AND ${historyPublished(entry)} <= $day | ${historyStatus(entry)}]), ${element}.status)`;
}

/**
 * Whether a dated piece of evidence belongs to the network as of $day (see as-of-service.ts): its
 * span covers $day, or it had not started but a source published by $day announced or planned it
 * (its status as of $day is in $plannedStatuses, and a history entry, else one of its sources, was
 * published by $day); and its status as of $day passes the status filter. A published date of
 * lower precision ("2019") compares as its first day, as a string prefix does. The sources read are
 * the element's own (an agreement's, not its parties' PARTY_TO), so the test is one per agreement.
 */
function evidenceAsOfDay(element: string): string {
  const sources = `coalesce(${element}.sources, [])`;
  const status = statusAsOfDay(element);
  const reportedByDay = `(CASE WHEN size(coalesce(${element}.statusHistory, [])) > 0
      THEN any(entry IN ${element}.statusHistory WHERE coalesce(${historyPublished('entry')}, '') <> '' AND ${historyPublished('entry')} <= $day)
      ELSE EXISTS { MATCH (source:Source) WHERE source.id IN ${sources} AND source.published <> '' AND source.published <= $day } END)`;
  return [
    `${element}.spanStart IS NOT NULL`,
    `((${element}.spanStart <= $day AND (${element}.spanEnd IS NULL OR ${element}.spanEnd >= $day))
      OR (${element}.spanStart > $day AND ${status} IN $plannedStatuses AND ${reportedByDay}))`,
    `($statusFilter = 'all' OR ${status} IS NULL OR ${status} IN $doneStatuses)`,
  ].join(' AND ');
}

export const CYPHER_FRAGMENTS: Record<string, (element: string) => string> = {
  /** The element's stored span overlaps [$windowStart, $windowEnd] (undated elements pass). */
  spanInWindow: cypherSpanInWindow,
  /** The element's status passes $statusFilter ('all', or 'done' with $doneStatuses). */
  passesStatusFilter: cypherPassesStatusFilter,
  agreementEvidencePasses,
  relationshipEvidencePasses,
  /** The element's status as sources published by $day reported it. */
  statusAsOfDay,
  evidenceAsOfDay,
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
