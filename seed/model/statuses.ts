// What the sources report about whether something happened, at their publication date. One
// vocabulary for the data, the API, the canvas and the exports: a plan is never shown as a fact.

/** An Event: announced for later, reported as having taken place, or called off. */
export const EVENT_STATUSES = ['planned', 'held', 'cancelled'] as const;
/** An Agreement: announced (to be signed), signed, renewed (a dated fact of its own), or ended. */
export const AGREEMENT_STATUSES = ['announced', 'signed', 'renewed', 'ended'] as const;
/** A relationship that records an act (a visit, leading, taking part, signing, an office…). */
export const ACT_STATUSES = ['planned', 'done', 'cancelled'] as const;

export type EventStatus = (typeof EVENT_STATUSES)[number];
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export type ActStatus = (typeof ACT_STATUSES)[number];
export type Status = EventStatus | AgreementStatus | ActStatus;

export const ALL_STATUSES: readonly Status[] = [
  ...new Set<Status>([...EVENT_STATUSES, ...AGREEMENT_STATUSES, ...ACT_STATUSES]),
];

/** Statuses by which a source reports the thing as having happened (or having been in force). */
export const DONE_STATUSES: readonly Status[] = ['held', 'signed', 'renewed', 'ended', 'done'];
/** Statuses by which a source reports a plan or an announcement, not a fact. */
export const PLANNED_STATUSES: readonly Status[] = ['planned', 'announced'];

/** Node labels whose records must say their status, and the statuses each may have. */
export const NODE_STATUS_VOCABULARY: Readonly<Record<string, readonly Status[]>> = {
  Event: EVENT_STATUSES,
  Agreement: AGREEMENT_STATUSES,
};

/**
 * Relationship types that record an act, and so must say their status. Memberships, roles and
 * offices record a state rather than an act; they may carry a status (e.g. a planned membership)
 * but need not.
 */
export const ACT_RELATIONSHIP_TYPES = [
  'VISITED',
  'LED',
  'HOSTED',
  'ORGANISED',
  'PARTICIPATED_IN',
  'PARTY_TO',
  'SIGNED',
  'FACILITATED',
] as const;
export const OPTIONAL_STATUS_RELATIONSHIP_TYPES = [
  'MEMBER_OF',
  'HAS_OFFICE_IN',
  'HOLDS_ROLE',
  'SUPPORTS',
] as const;

/** "Reported as done" keeps only facts a source reports as having happened; "all" keeps plans too. */
export const STATUS_FILTERS = ['all', 'done'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const isPlanned = (status: unknown): boolean =>
  typeof status === 'string' && (PLANNED_STATUSES as readonly string[]).includes(status);

/** Whether an element passes the filter. Elements without a status (a place, a role) always pass. */
export function passesStatusFilter(status: unknown, filter: StatusFilter): boolean {
  if (filter === 'all' || status === undefined || status === null) return true;
  return typeof status === 'string' && (DONE_STATUSES as readonly string[]).includes(status);
}

/**
 * The same rule for Cypher, on an element's stored `status`, with `$statusFilter` and
 * `$doneStatuses` as parameters (see statusFilterParameters).
 */
export const cypherPassesStatusFilter = (element: string) =>
  `($statusFilter = 'all' OR ${element}.status IS NULL OR ${element}.status IN $doneStatuses)`;

export const statusFilterParameters = (filter: StatusFilter) => ({
  statusFilter: filter,
  doneStatuses: [...DONE_STATUSES],
});

/**
 * The status as sources published by a day reported it: the latest report (statusHistory entries
 * "<published>|<status>|<source id>", oldest first) published on or before the day. When no report
 * was published by then, the sources that tell of it are retrospective and the current status stands.
 */
export function statusAsOf(current: unknown, history: readonly string[], day: string): unknown {
  let status = current;
  let reportedByThen = false;
  for (const entry of history) {
    const [published, reported] = entry.split('|');
    if (!published || !reported || published > day) continue;
    status = reported;
    reportedByThen = true;
  }
  return reportedByThen ? status : current;
}
