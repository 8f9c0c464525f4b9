// One table of what a date window keeps, driven through the model's TypeScript predicate (the
// client's filter) in tests/unit/time-span.test.ts and through the stored span and the Cypher
// predicate in the integration tests, so that the canvas and the API cannot disagree.
import type { DateWindow, FactDates, Span } from '../../seed/model/time-span.ts';

export interface TimeSpanCase {
  name: string;
  kind: { label?: string; type?: string };
  dates: FactDates;
  span: Span | null;
  window: DateWindow;
  kept: boolean;
}

export const TIME_SPAN_CASES: TimeSpanCase[] = [
  {
    name: 'a membership since 2020 lasts into a 2023–2025 window (NARO in Vitagora)',
    kind: { type: 'MEMBER_OF' },
    dates: { since: '2020' },
    span: { start: '2020-01-01', end: null },
    window: { since: '2023', until: '2025' },
    kept: true,
  },
  {
    name: 'a membership given by a lone date also lasts',
    kind: { type: 'MEMBER_OF' },
    dates: { date: '2020' },
    span: { start: '2020-01-01', end: null },
    window: { since: '2024', until: '2024' },
    kept: true,
  },
  {
    name: 'a membership that ended before the window is not kept',
    kind: { type: 'MEMBER_OF' },
    dates: { since: '2010', until: '2015' },
    span: { start: '2010-01-01', end: '2015-12-31' },
    window: { since: '2016', until: '2018' },
    kept: false,
  },
  {
    name: 'an agreement signed in June 2015 is in force in 2016–2018 (Kyoto)',
    kind: { label: 'Agreement' },
    dates: { date: '2015-06', status: 'signed' },
    span: { start: '2015-06-01', end: null },
    window: { since: '2016', until: '2018' },
    kept: true,
  },
  {
    name: 'an ended agreement is not in force after its end',
    kind: { label: 'Agreement' },
    dates: { date: '2010', end: '2012', status: 'ended' },
    span: { start: '2010-01-01', end: '2012-12-31' },
    window: { since: '2016' },
    kept: false,
  },
  {
    name: 'an announced agreement is a point at the date it is announced for, not in force after it',
    kind: { label: 'Agreement' },
    dates: { date: '2025-04', status: 'announced' },
    span: { start: '2025-04-01', end: '2025-04-30' },
    window: { since: '2026' },
    kept: false,
  },
  {
    name: 'a mission of 12–19 April 2025 falls in a window that ends on 15 April',
    kind: { label: 'Event' },
    dates: { start: '2025-04-12', end: '2025-04-19' },
    span: { start: '2025-04-12', end: '2025-04-19' },
    window: { since: '2025-04-15', until: '2025-04-15' },
    kept: true,
  },
  {
    name: 'a one-off visit in April 2025 is outside 2023–2024',
    kind: { type: 'VISITED' },
    dates: { date: '2025-04' },
    span: { start: '2025-04-01', end: '2025-04-30' },
    window: { since: '2023', until: '2024' },
    kept: false,
  },
  {
    name: 'a date at month precision covers the whole month',
    kind: { type: 'PARTICIPATED_IN' },
    dates: { date: '2024-10' },
    span: { start: '2024-10-01', end: '2024-10-31' },
    window: { since: '2024-10-31', until: '2024-11' },
    kept: true,
  },
  {
    name: 'an event starting after the window is not kept',
    kind: { label: 'Event' },
    dates: { date: '2018-06' },
    span: { start: '2018-06-01', end: '2018-06-30' },
    window: { until: '2018-05' },
    kept: false,
  },
  {
    name: 'an undated fact is always kept',
    kind: { type: 'COOPERATES_WITH' },
    dates: {},
    span: null,
    window: { since: '2016', until: '2018' },
    kept: true,
  },
  {
    name: 'a cooperation since 2010 is kept in 2025',
    kind: { type: 'COOPERATES_WITH' },
    dates: { since: '2010' },
    span: { start: '2010-01-01', end: null },
    window: { since: '2025', until: '2025' },
    kept: true,
  },
  {
    name: 'a bounded span known only between two dates covers both',
    kind: { label: 'Agreement' },
    dates: { start: '2024-10', end: '2025-04', status: 'signed' },
    span: { start: '2024-10-01', end: '2025-04-30' },
    window: { since: '2025-04-30' },
    kept: true,
  },
  {
    name: 'an agreement signed at a day the text only bounds is in force from the latest bound only (BioForward)',
    kind: { label: 'Agreement' },
    dates: { start: '2024-10-27', startLatest: '2025-04-02', status: 'signed' },
    span: { start: '2025-04-02', end: null },
    window: { since: '2024-11', until: '2024-11' },
    kept: false,
  },
  {
    name: 'the same agreement is in force after its latest bound',
    kind: { label: 'Agreement' },
    dates: { start: '2024-10-27', startLatest: '2025-04-02', status: 'signed' },
    span: { start: '2025-04-02', end: null },
    window: { since: '2025-06', until: '2025-06' },
    kept: true,
  },
  {
    name: 'a one-off act known only between two bounds covers the whole range',
    kind: { label: 'Event' },
    dates: { start: '2024-10-27', startLatest: '2025-04-02', status: 'held' },
    span: { start: '2024-10-27', end: '2025-04-02' },
    window: { since: '2024-11', until: '2024-11' },
    kept: true,
  },
  {
    name: 'a role known only until 2024-12-31 is open at the start and not kept after its end',
    kind: { type: 'HOLDS_ROLE' },
    dates: { until: '2024-12-31' },
    span: { start: '0001-01-01', end: '2024-12-31' },
    window: { since: '2025', until: '2025' },
    kept: false,
  },
  {
    name: 'a role known only until 2024-12-31 is kept in a window before its end',
    kind: { type: 'HOLDS_ROLE' },
    dates: { until: '2024-12-31' },
    span: { start: '0001-01-01', end: '2024-12-31' },
    window: { since: '2020', until: '2020' },
    kept: true,
  },
  {
    name: 'an ended agreement without an end date is a point at its date, not in force after it',
    kind: { label: 'Agreement' },
    dates: { date: '2019-03', status: 'ended' },
    span: { start: '2019-03-01', end: '2019-03-31' },
    window: { since: '2020' },
    kept: false,
  },
];
