// What changed between two dates: each dated start or end of an agreement, event or lasting
// relationship in the window, and each status a source reported in the window for an element whose
// status changed between sources (an MoU announced by one article, signed by a later one), each
// with the citation that reports it, oldest first. Bounded (issue 10 §3): at most `limit` (MAX_CHANGES), the
// oldest first, and no more than the 2 MB response budget holds; `total` and `truncated` say so
// (a narrower window shows the rest).
import type { Node, Relationship } from 'neo4j-driver';
import type { z } from 'zod';
import { firstDay, LASTING_RELATIONSHIP_TYPES, lastDay, windowDays } from '../../seed/model/time-span.ts';
import {
  CHANGE_KINDS,
  type Change,
  type ChangesResponse,
  type changesRequestSchema,
} from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { ResponseBudget } from '../shared/response-budget.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';

type ChangesRequest = z.infer<typeof changesRequestSchema>;
type Kind = Change['change'];

/**
 * Lasting relationships whose start is news. Geography (PART_OF, LOCATED_IN) does not change with
 * the articles, and a party's PARTY_TO is the agreement's own signature, listed once with it.
 */
const PART_OF_AGREEMENT = ['PARTY_TO'];
const CHANGE_TYPES = [
  ...LASTING_RELATIONSHIP_TYPES.filter(
    (type) => !['PART_OF', 'LOCATED_IN', ...PART_OF_AGREEMENT].includes(type),
  ),
  'SIGNED',
];

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const text = (value: unknown) => (typeof value === 'string' ? value : null);
const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const isKind = (value: unknown): value is Kind => (CHANGE_KINDS as readonly unknown[]).includes(value);

/** What the start of a fact is called: its reported status, else what a fact of its kind does. */
function startKind(label: string | null, status: unknown): Kind {
  if (status === 'done') return label === 'Event' ? 'held' : 'started';
  if (isKind(status) && status !== 'ended') return status;
  if (label === 'Agreement') return 'signed';
  if (label === 'Event') return 'held';
  return 'started';
}

/** Changes that are news when reported, not when due: a plan says nothing about what happened. */
const SCHEDULED_KINDS: readonly Kind[] = ['planned', 'announced'];

interface ChangeRow {
  element: Node | Relationship;
  label: string | null;
  type: string | null;
  from: Node | null;
  to: Node | null;
}

export async function changes(
  db: Database,
  catalog: SourceCatalog,
  request: ChangesRequest,
): Promise<ChangesResponse> {
  const { windowStart, windowEnd } = windowDays(request);
  const result = await db.read<ChangeRow>('changes', {
    windowStart,
    windowEnd,
    changeTypes: CHANGE_TYPES,
    partOfAgreement: PART_OF_AGREEMENT,
    scheduledStatuses: SCHEDULED_KINDS,
  });
  const inWindow = (day: string | null): day is string =>
    day !== null && windowStart !== null && windowEnd !== null && day >= windowStart && day <= windowEnd;
  /** Whether a range of days the source only bounds overlaps the window. */
  const overlapsWindow = (first: string, last: string) =>
    windowStart !== null && windowEnd !== null && first <= windowEnd && last >= windowStart;
  const found: (Omit<Change, 'citation'> & { day: string; sourceId: string | null; quote: string | null })[] =
    [];
  for (const row of result.records) {
    const element = row.get('element');
    const props = element.properties;
    const label = row.get('label');
    const from = row.get('from');
    const to = row.get('to');
    const described: Change['element'] = label
      ? { id: String(props.id), label, name: text(props.name) }
      : {
          id: String(props.id),
          type: String(row.get('type')),
          from: { id: String(from?.properties.id), name: text(from?.properties.name) },
          to: { id: String(to?.properties.id), name: text(to?.properties.name) },
        };
    const sources = strings(props.sources);
    const quotes = strings(props.quotes);
    const cited = (sourceId?: string) => {
      const index = sourceId === undefined ? 0 : Math.max(0, sources.indexOf(sourceId));
      return { sourceId: sources[index] ?? null, quote: quotes[index] ?? null };
    };
    const spanStart = text(props.spanStart);
    const spanEnd = text(props.spanEnd);
    const history = strings(props.statusHistory).map((entry) => entry.split('|'));
    // The start, under the current status, cited from the source that reports it (the latest report).
    const currentReporter = history.at(-1)?.[2];
    const startDate = text(props.date) ?? text(props.start) ?? text(props.since);
    const startLatest = text(props.startLatest);
    const kind = startKind(label, props.status === 'ended' ? undefined : props.status);
    const reporter = currentReporter ?? sources[0];
    const published = SCHEDULED_KINDS.includes(kind) ? await catalog.publishedOf(reporter) : null;
    if (published !== null && ISO_DATE.test(published)) {
      const day = firstDay(published);
      if (inWindow(day)) {
        found.push({
          date: published,
          day,
          change: kind,
          ...(startDate ? { scheduled: startDate } : {}),
          element: described,
          ...cited(reporter),
        });
      }
    } else if (startDate && startLatest && ISO_DATE.test(startDate) && ISO_DATE.test(startLatest)) {
      // Known only between two bounds: listed in every window the range touches, as the range.
      if (overlapsWindow(firstDay(startDate), lastDay(startLatest))) {
        found.push({
          date: startDate,
          latest: startLatest,
          day: firstDay(startDate),
          change: kind,
          element: described,
          ...cited(currentReporter),
        });
      }
    } else if (inWindow(spanStart)) {
      found.push({
        date: startDate ?? spanStart,
        day: spanStart,
        change: kind,
        element: described,
        ...cited(currentReporter),
      });
    }
    const statedEnd = text(props.end) ?? text(props.until);
    const lasting =
      label === 'Agreement' || (label === null && text(props.until) !== null) || props.status === 'ended';
    if (statedEnd && lasting && inWindow(spanEnd)) {
      found.push({
        date: statedEnd,
        day: spanEnd as string,
        change: 'ended',
        element: described,
        ...cited(),
      });
    }
    // Earlier statuses reported by other sources, dated by those sources' publication.
    for (const [published, status, sourceId] of history) {
      if (!published || !ISO_DATE.test(published) || !isKind(status) || status === props.status) continue;
      const day = windowDays({ since: published }).windowStart;
      if (!inWindow(day)) continue;
      found.push({ date: published, day, change: status, element: described, ...cited(sourceId) });
    }
  }
  found.sort((a, b) => a.day.localeCompare(b.day) || a.element.id.localeCompare(b.element.id));
  // Only the changes shown are cited (the citation lookup is the costly part of each).
  const budget = new ResponseBudget();
  const changesFound: Change[] = [];
  for (const { day: _day, sourceId, quote, ...change } of found.slice(0, request.limit)) {
    const [citation] = await catalog.cite(sourceId ? [sourceId] : [], quote ? [quote] : []);
    const cited: Change = {
      ...change,
      citation: {
        quote: citation?.quote ?? '',
        sourceId: citation?.sourceId ?? '',
        sourceTitle: citation?.source?.title ?? null,
        published: citation?.source?.published ?? null,
      },
    };
    if (!budget.fits(cited)) break;
    changesFound.push(cited);
  }
  return { changes: changesFound, total: found.length, truncated: changesFound.length < found.length };
}
