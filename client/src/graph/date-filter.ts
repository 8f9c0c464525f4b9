// Which canvas elements fall inside the date window (years). Agreements, events and programmes are
// dated by date/start(–end); relationships by since (open-ended), date, or start–end; partnership
// edges by their evidence. Undated elements always stay visible.
import type { JsonValue } from '../../../server/contract/graph.ts';

export interface YearWindow {
  since: number;
  until: number;
}

interface Span {
  start: number;
  end: number;
}

const DATED_NODE_LABELS = new Set(['Agreement', 'Event', 'Programme']);

export function yearOf(value: JsonValue | undefined): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})/.exec(value);
  return match?.[1] ? Number(match[1]) : null;
}

export function nodeSpan(label: string, props: Record<string, JsonValue>): Span | null {
  if (!DATED_NODE_LABELS.has(label)) return null;
  const start = yearOf(props.date) ?? yearOf(props.start) ?? yearOf(props.since);
  if (start === null) return null;
  return { start, end: yearOf(props.end) ?? yearOf(props.until) ?? start };
}

export function edgeSpans(type: string, props: Record<string, JsonValue>): Span[] | null {
  if (type === 'PARTNERS_WITH') {
    const evidence = Array.isArray(props.evidence) ? props.evidence : [];
    const spans: Span[] = [];
    for (const item of evidence) {
      if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
      const year = yearOf(item.date);
      if (year === null) return null; // Some evidence is undated: the partnership is never filtered out.
      spans.push({ start: year, end: item.kind === 'membership' ? Number.POSITIVE_INFINITY : year });
    }
    return spans.length > 0 ? spans : null;
  }
  const since = yearOf(props.since);
  if (since !== null) return [{ start: since, end: yearOf(props.until) ?? Number.POSITIVE_INFINITY }];
  const date = yearOf(props.date);
  if (date !== null) return [{ start: date, end: date }];
  const start = yearOf(props.start);
  if (start !== null) return [{ start, end: yearOf(props.end) ?? start }];
  return null;
}

export function inWindow(spans: Span[] | Span | null, window: YearWindow | null): boolean {
  if (window === null || spans === null) return true;
  const list = Array.isArray(spans) ? spans : [spans];
  return list.some((span) => span.start <= window.until && span.end >= window.since);
}
