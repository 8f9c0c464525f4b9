// The whole-graph views without filters, precomputed after each import: over a million
// relationships the overview and the strongest-partnership rankings cost seconds each (every pair
// of partners is enumerated), while the explorer opens on exactly these views. The overview is
// computed by the same query the API runs live for filtered views, so both answer the same; the
// rankings (of the whole graph and of each overview group) are in stored-rankings.ts. Stored on
// :DerivedSummary nodes (parallel lists), read back in one lookup.
import neo4j, { type Integer, type QueryResult } from 'neo4j-driver';
import type { StatusFilter } from '../../seed/model/statuses.ts';
import type { DateWindow } from '../../seed/model/time-span.ts';
import { type OVERVIEW_GROUPINGS, UNKNOWN_GROUP } from '../contract/api.ts';
import type { QueryName } from '../database/query-registry.ts';
import { filterParameters } from '../shared/filter-parameters.ts';
import { storeRankings } from './stored-rankings.ts';

export type Grouping = (typeof OVERVIEW_GROUPINGS)[number];
/** Runs a named query: in the import's write transaction, or through a driver. */
export type RunQuery = (name: QueryName, params: Record<string, unknown>) => Promise<QueryResult>;

export interface OverviewRow {
  key: string;
  actors: number;
  partnerships: number;
  links: { other: string; partnerships: number }[];
}
export interface RankedPage {
  total: number;
  page: { aId: string; bId: string; evidenceCount: number }[];
}

export const OVERVIEW_QUERY: Record<Grouping, QueryName> = {
  country: 'overviewByCountry',
  kind: 'overviewByKind',
};

const toNumber = (value: unknown) => (neo4j.isInt(value) ? (value as Integer).toNumber() : Number(value));

/** The filters of a partnership view (topics, window, status). */
export type PartnershipFilters = DateWindow & {
  topics?: string[];
  includeUndated: boolean;
  status: StatusFilter;
};

/** Whether a request asks for the unfiltered view that is precomputed at import. */
export const isUnfiltered = (request: PartnershipFilters) =>
  (request.topics ?? []).length === 0 &&
  request.since === undefined &&
  request.until === undefined &&
  request.status === 'all' &&
  request.includeUndated;

/** The filter parameters of an unfiltered view. */
export const NO_FILTERS = { topics: [], ...filterParameters({}), includeUndated: true };

export async function overviewRows(
  run: RunQuery,
  grouping: Grouping,
  filters: Record<string, unknown>,
): Promise<OverviewRow[]> {
  const result = await run(OVERVIEW_QUERY[grouping], { unknown: UNKNOWN_GROUP, ...filters });
  return result.records.map((record) => ({
    key: String(record.get('key')),
    actors: toNumber(record.get('actors')),
    partnerships: toNumber(record.get('partnerships')),
    links: (record.get('links') as { other: string; partnerships: unknown }[]).map((link) => ({
      other: link.other,
      partnerships: toNumber(link.partnerships),
    })),
  }));
}

export async function rankedPage(
  run: RunQuery,
  name: QueryName,
  params: Record<string, unknown>,
  skip: number,
  limit: number,
): Promise<RankedPage> {
  const result = await run(name, { ...params, skip: neo4j.int(skip), limit: neo4j.int(limit) });
  const record = result.records[0];
  const page = (record?.get('page') ?? []) as { aId: string; bId: string; evidenceCount: unknown }[];
  return {
    total: toNumber(record?.get('total') ?? 0),
    page: page.map((pair) => ({ aId: pair.aId, bId: pair.bId, evidenceCount: toNumber(pair.evidenceCount) })),
  };
}

const overviewName = (grouping: Grouping) => `overview-${grouping}`;

async function storeOverview(run: RunQuery, grouping: Grouping): Promise<void> {
  const rows = await overviewRows(run, grouping, NO_FILTERS);
  const links = rows.flatMap((row) => row.links.map((link) => ({ from: row.key, ...link })));
  await run('storeDerivedSummary', {
    name: overviewName(grouping),
    total: neo4j.int(rows.length),
    lists: {
      keys: rows.map((row) => row.key),
      actors: rows.map((row) => neo4j.int(row.actors)),
      partnerships: rows.map((row) => neo4j.int(row.partnerships)),
      linkFrom: links.map((link) => link.from),
      linkTo: links.map((link) => link.other),
      linkPartnerships: links.map((link) => neo4j.int(link.partnerships)),
    },
  });
}

/**
 * The steps that compute and store the summaries, each its own unit of work: over a million
 * relationships each takes seconds, and together they would outlast one transaction's timeout.
 */
export const SUMMARY_STEPS: ((run: RunQuery) => Promise<void>)[] = [
  (run) => storeOverview(run, 'country'),
  (run) => storeOverview(run, 'kind'),
  // The strongest partnerships of the whole graph and of each group (stored-rankings.ts).
  storeRankings,
];

type Stored = Record<string, unknown>;
const list = (stored: Stored, key: string) => (Array.isArray(stored[key]) ? (stored[key] as unknown[]) : []);

async function readSummary(run: RunQuery, name: string): Promise<Stored | undefined> {
  const result = await run('derivedSummary', { name });
  return result.records[0]?.get('summary') as Stored | undefined;
}

/** The stored overview, or undefined when none was computed yet (a store loaded by other means). */
export async function storedOverviewRows(
  run: RunQuery,
  grouping: Grouping,
): Promise<OverviewRow[] | undefined> {
  const stored = await readSummary(run, overviewName(grouping));
  if (!stored) return undefined;
  const rows = new Map<string, OverviewRow>();
  list(stored, 'keys').forEach((key, index) => {
    rows.set(String(key), {
      key: String(key),
      actors: toNumber(list(stored, 'actors')[index]),
      partnerships: toNumber(list(stored, 'partnerships')[index]),
      links: [],
    });
  });
  list(stored, 'linkFrom').forEach((from, index) => {
    rows.get(String(from))?.links.push({
      other: String(list(stored, 'linkTo')[index]),
      partnerships: toNumber(list(stored, 'linkPartnerships')[index]),
    });
  });
  return [...rows.values()];
}
