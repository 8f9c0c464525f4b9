// Which canvas elements fall inside the date window. The rule is the model's (seed/model/time-span.ts),
// the same one the server's Cypher applies: an element's span is the `spanStart`/`spanEnd` stored at
// import, or, for an element that came without them (a Cypher result, an older export), `spanOf` on
// its own props. Partnership edges are kept while any of their evidence is. Undated elements stay.
import { type DateWindow, type Span, spanInWindow, spanOf } from '../../../seed/model/time-span.ts';
import type { JsonValue } from '../../../server/contract/graph.ts';

/** The slider's window, in whole years. */
export interface YearWindow {
  since: number;
  until: number;
}

type Props = Record<string, JsonValue>;

const isoDay = (value: JsonValue | undefined): string | null =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;

/** The stored span, when the import computed one. */
function storedSpan(props: Props): Span | null {
  const start = isoDay(props.spanStart);
  return start === null ? null : { start, end: isoDay(props.spanEnd) };
}

/** What an element covers: its stored span, else the model's span of its own dates. */
export function spanOfElement(kind: { label?: string; type?: string }, props: Props): Span | null {
  return storedSpan(props) ?? spanOf(kind, props);
}

const isProps = (value: unknown): value is Props =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The spans of a partnership edge's evidence, or null when one piece is undated (the partnership
 * then always stays). Evidence of a membership lasts like the MEMBER_OF it stands for.
 */
function evidenceSpans(props: Props): Span[] | null {
  const evidence = Array.isArray(props.evidence) ? props.evidence.filter(isProps) : [];
  const spans: Span[] = [];
  for (const item of evidence) {
    const kind = item.kind === 'agreement' ? { label: 'Agreement' } : { type: String(item.type ?? '') };
    const span = spanOfElement(kind, item);
    if (span === null) return null;
    spans.push(span);
  }
  return spans.length > 0 ? spans : null;
}

export function windowOfYears(window: YearWindow | null): DateWindow | null {
  return window === null ? null : { since: String(window.since), until: String(window.until) };
}

export function nodeInWindow(label: string, props: Props, window: DateWindow | null): boolean {
  return window === null || spanInWindow(spanOfElement({ label }, props), window);
}

export function edgeInWindow(type: string, props: Props, window: DateWindow | null): boolean {
  if (window === null) return true;
  if (type === 'PARTNERS_WITH') {
    const spans = evidenceSpans(props);
    return spans === null || spans.some((span) => spanInWindow(span, window));
  }
  return spanInWindow(spanOfElement({ type }, props), window);
}
