// What the canvas shows of an element's standing: the status its sources report (a plan is drawn
// as a plan), how many independent sources support it, and whether its date is inferred. The
// vocabulary and the filter rule are the model's (seed/model/statuses.ts).
import { isPlanned, passesStatusFilter, type StatusFilter } from '../../../seed/model/statuses.ts';
import type { JsonValue } from '../../../server/contract/graph.ts';

type Props = Record<string, JsonValue>;

const isProps = (value: unknown): value is Props =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const evidenceOf = (props: Props): Props[] =>
  Array.isArray(props.evidence) ? props.evidence.filter(isProps) : [];

/**
 * How the canvas draws the element: 'planned' (planned or announced), 'cancelled', or null (reported
 * as done, or a kind without status). A partnership is drawn as planned only when all its evidence is.
 */
export function drawnStatus(type: string | null, props: Props): 'planned' | 'cancelled' | null {
  if (type === 'PARTNERS_WITH') {
    const statuses = evidenceOf(props).map((item) => item.status);
    if (statuses.length === 0) return null;
    if (statuses.every(isPlanned)) return 'planned';
    if (statuses.every((status) => status === 'cancelled')) return 'cancelled';
    return null;
  }
  if (isPlanned(props.status)) return 'planned';
  return props.status === 'cancelled' ? 'cancelled' : null;
}

/** Whether the element stays under the filter; a partnership stays while any evidence does. */
export function passesFilter(type: string | null, props: Props, filter: StatusFilter): boolean {
  if (type === 'PARTNERS_WITH') {
    const evidence = evidenceOf(props);
    return evidence.length === 0 || evidence.some((item) => passesStatusFilter(item.status, filter));
  }
  return passesStatusFilter(props.status, filter);
}

/** Distinct sources behind the element; for a partnership, the distinct sources its evidence cites. */
export function sourceCount(type: string | null, props: Props): number {
  if (type === 'PARTNERS_WITH') {
    const cited = new Set<string>();
    let counted = 0;
    for (const item of evidenceOf(props)) {
      if (typeof item.sources === 'number') counted = Math.max(counted, item.sources);
      const citations = Array.isArray(item.citations) ? item.citations.filter(isProps) : [];
      for (const citation of citations)
        if (typeof citation.sourceId === 'string') cited.add(citation.sourceId);
    }
    return Math.max(1, cited.size, counted);
  }
  // The import stores the distinct count; older exports and Cypher results only carry the list.
  if (typeof props.sourceCount === 'number') return Math.max(1, props.sourceCount);
  const sources = Array.isArray(props.sources) ? props.sources.map(String) : [];
  return Math.max(1, new Set(sources).size);
}

/** The date is the curator's inference, not printed in the source. */
export function dateInferred(props: Props): boolean {
  return props.dateInferred === true;
}
