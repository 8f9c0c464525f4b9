// What a dated fact covers, defined once. Every fact with a date is a span of days: a one-off act
// (a visit, a signature, a mission) covers the days its date names at the precision the source
// gives ("2025-04" is the whole of April 2025); a state that lasts (a membership, an office, a role,
// an agreement in force) runs from its start and stays open until the source gives an end. The span
// is computed at import (`spanOf`) and stored as `spanStart` / `spanEnd` (ISO days; `spanEnd` null
// when open), so the server's Cypher and the client's date filter apply one predicate to it.

/** ISO 8601 at any precision: "2025", "2025-04" or "2025-04-12". */
export type IsoDate = string;

export interface Span {
  /** First day covered, "YYYY-MM-DD". */
  start: string;
  /** Last day covered, "YYYY-MM-DD"; null while the fact lasts (open-ended). */
  end: string | null;
}

/** The dates a record may carry (in its props). */
export interface FactDates {
  date?: unknown;
  start?: unknown;
  end?: unknown;
  since?: unknown;
  until?: unknown;
  /** The latest day a start the text only bounds may be (`start` is then the earliest). */
  startLatest?: unknown;
  status?: unknown;
}

/** Relationship types whose facts last from their date on, unless the source gives an end. */
export const LASTING_RELATIONSHIP_TYPES = [
  'MEMBER_OF',
  'HAS_OFFICE_IN',
  'HOLDS_ROLE',
  'GOVERNS',
  'RUNS',
  'COOPERATES_WITH',
  'PARTY_TO',
  'PART_OF',
  'LOCATED_IN',
] as const;

/**
 * Where a span open at its start begins: a role known only "until" a date was held from some day
 * the source does not give, so it covers every window up to its end. ISO days compare as strings.
 */
export const OPEN_START = '0001-01-01';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (value: number) => String(value).padStart(2, '0');

/** The first day an ISO date of any precision names. */
export function firstDay(date: IsoDate): string {
  const match = ISO.exec(date);
  if (!match) throw new Error(`not an ISO date: ${date}`);
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
}

/** The last day an ISO date of any precision names. */
export function lastDay(date: IsoDate): string {
  const match = ISO.exec(date);
  if (!match) throw new Error(`not an ISO date: ${date}`);
  const year = Number(match[1]);
  if (match[3]) return date;
  if (match[2]) {
    const month = Number(match[2]);
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${match[1]}-${match[2]}-${pad(days)}`;
  }
  return `${match[1]}-12-31`;
}

const isoOrUndefined = (value: unknown): IsoDate | undefined =>
  typeof value === 'string' && ISO.test(value) ? value : undefined;

/** Whether facts of this kind last: a lasting relationship type, or an agreement in force. */
function lasts(kind: { label?: string; type?: string }, dates: FactDates): boolean {
  if (kind.type) return (LASTING_RELATIONSHIP_TYPES as readonly string[]).includes(kind.type);
  // An agreement signed or renewed is in force until the source says it ended; an announced one
  // is a plan, dated where the announcement dates it; an ended one without an end date is a point
  // at its date (kept open, it would stay in force forever).
  return (
    kind.label === 'Agreement' &&
    dates.status !== 'announced' &&
    dates.status !== 'cancelled' &&
    dates.status !== 'ended'
  );
}

/**
 * The span a record covers, or null when it has no date. `since`/`until` always mean a lasting
 * fact (an `until` alone: open at the start, ending on `until`); `start`/`end` a bounded one (an
 * end alone is ignored); a lone `date` is a point, unless the kind of fact lasts, in which case it
 * is where the fact starts. A start the text only bounds (`start` earliest, `startLatest` latest)
 * makes a lasting fact certain from `startLatest` only, so that is where its span starts; a one-off
 * act then covers the whole range it may have happened in.
 */
export function spanOf(kind: { label?: string; type?: string }, dates: FactDates): Span | null {
  const since = isoOrUndefined(dates.since);
  const until = isoOrUndefined(dates.until);
  const start = isoOrUndefined(dates.start);
  const end = isoOrUndefined(dates.end);
  const date = isoOrUndefined(dates.date);
  if (since) return { start: firstDay(since), end: until ? lastDay(until) : null };
  const startLatest = isoOrUndefined(dates.startLatest);
  if (start && startLatest) {
    if (lasts(kind, dates)) return { start: firstDay(startLatest), end: end ? lastDay(end) : null };
    return { start: firstDay(start), end: lastDay(end ?? startLatest) };
  }
  if (start)
    return { start: firstDay(start), end: end ? lastDay(end) : lasts(kind, dates) ? null : lastDay(start) };
  if (date) {
    if (end) return { start: firstDay(date), end: lastDay(end) };
    return {
      start: firstDay(date),
      end: lasts(kind, dates) ? (until ? lastDay(until) : null) : lastDay(date),
    };
  }
  if (until) return { start: OPEN_START, end: lastDay(until) };
  return null;
}

/** A window of dates as the API and the slider take it, either side optional, at any precision. */
export interface DateWindow {
  since?: IsoDate | null;
  until?: IsoDate | null;
}

/** The window as days: from the first day of `since` to the last day of `until`. */
export function windowDays(window: DateWindow): { windowStart: string | null; windowEnd: string | null } {
  return {
    windowStart: window.since ? firstDay(window.since) : null,
    windowEnd: window.until ? lastDay(window.until) : null,
  };
}

/** The plausible years of a date window, for the API and every form that sends one. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

/** Why a window is unusable, as data: the client words it in the analyst's language. */
export type WindowIssue =
  | { kind: 'format'; field: 'since' | 'until'; value: string }
  | { kind: 'year'; field: 'since' | 'until'; year: number }
  | { kind: 'order'; field: 'since'; since: string; until: string };

/** A window is usable when both ends are dates of this era and since is not after until. */
export function windowIssue(window: DateWindow): WindowIssue | undefined {
  for (const [field, value] of [
    ['since', window.since],
    ['until', window.until],
  ] as const) {
    if (value === undefined || value === null) continue;
    const match = ISO.exec(value);
    if (!match) return { kind: 'format', field, value };
    const year = Number(match[1]);
    if (year < YEAR_MIN || year > YEAR_MAX) return { kind: 'year', field, year };
  }
  if (window.since && window.until && firstDay(window.since) > lastDay(window.until)) {
    return { kind: 'order', field: 'since', since: window.since, until: window.until };
  }
  return undefined;
}

/** windowIssue in the API's words: what was wrong and what was expected. */
export function windowProblem(window: DateWindow): string | undefined {
  const issue = windowIssue(window);
  if (!issue) return undefined;
  if (issue.kind === 'format')
    return `${issue.field} must be an ISO date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"), got "${issue.value}"`;
  if (issue.kind === 'year')
    return `${issue.field} must be a year from ${YEAR_MIN} to ${YEAR_MAX}, got ${issue.year}`;
  return `since (${issue.since}) must not be after until (${issue.until})`;
}

/**
 * Whether a span overlaps the window. An undated fact (null span) is kept: the source gave no date,
 * which is not a reason to hide what it reports.
 */
export function spanInWindow(span: Span | null, window: DateWindow): boolean {
  if (span === null) return true;
  const { windowStart, windowEnd } = windowDays(window);
  if (windowEnd !== null && span.start > windowEnd) return false;
  if (windowStart !== null && span.end !== null && span.end < windowStart) return false;
  return true;
}

/**
 * The same predicate for Cypher, on an element's stored spanStart/spanEnd, with $windowStart and
 * $windowEnd (from windowDays) as parameters. ISO days compare as strings.
 */
export const cypherSpanInWindow = (element: string) =>
  `(${element}.spanStart IS NULL OR (($windowEnd IS NULL OR ${element}.spanStart <= $windowEnd) AND ($windowStart IS NULL OR ${element}.spanEnd IS NULL OR ${element}.spanEnd >= $windowStart)))`;
