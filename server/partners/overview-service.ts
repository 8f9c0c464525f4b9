// The partnership network at any size: organisations aggregated by country or kind, with the
// partnerships inside and between groups. The database does the aggregation (overview.cypher);
// this adds the groups' names and places and keeps the answer bounded.
import type { z } from 'zod';
import { type OverviewResponse, type overviewRequestSchema, UNKNOWN_GROUP } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { filterParameters } from '../shared/filter-parameters.ts';
import { toJson } from '../shared/graph-mapper.ts';
import { ResponseBudget } from '../shared/response-budget.ts';
import { isUnfiltered, overviewRows, type RunQuery, storedOverviewRows } from './derived-summaries.ts';

type OverviewRequest = z.infer<typeof overviewRequestSchema>;
type Group = OverviewResponse['groups'][number];
type Link = OverviewResponse['links'][number];

/** More groups than countries exist; a kind vocabulary past this is noise to draw anyway. */
export const OVERVIEW_MAX_GROUPS = 1_000;
/** Links between groups, strongest first: 200 countries make at most ~20,000 pairs. */
export const OVERVIEW_MAX_LINKS = 10_000;

/** Coordinates are floats, or integers when a document wrote a whole number of degrees. */
const finite = (value: unknown) => {
  const number = toJson(value);
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
};

export async function overview(db: Database, request: OverviewRequest): Promise<OverviewResponse> {
  const run: RunQuery = (name, params) => db.read(name, params);
  const rows =
    (isUnfiltered(request) ? await storedOverviewRows(run, request.groupBy) : undefined) ??
    (await overviewRows(run, request.groupBy, {
      topics: request.topics ?? [],
      ...filterParameters(request),
      includeUndated: request.includeUndated,
    }));
  rows.sort((a, b) => b.partnerships - a.partnerships || a.key.localeCompare(b.key));

  const kept = rows.slice(0, OVERVIEW_MAX_GROUPS);
  const places =
    request.groupBy === 'country'
      ? await countryPlaces(
          db,
          kept.map((row) => row.key),
        )
      : new Map();
  const budget = new ResponseBudget();
  const groups: Group[] = budget.take(
    kept.map((row) => {
      const place = places.get(row.key);
      const lat = finite(place?.lat);
      const lon = finite(place?.lon);
      return {
        key: row.key,
        // A kind is its own name (the client translates it); a country is its place's name.
        name: typeof place?.name === 'string' ? place.name : row.key,
        actors: row.actors,
        partnerships: row.partnerships,
        ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
      };
    }),
  );
  const shownKeys = new Set(groups.map((group) => group.key));
  const allLinks: Link[] = rows.flatMap((row) =>
    row.links.map((link) => ({ source: row.key, target: link.other, partnerships: link.partnerships })),
  );
  const shownLinks = allLinks
    .filter((link) => shownKeys.has(link.source) && shownKeys.has(link.target))
    .sort(
      (a, b) =>
        b.partnerships - a.partnerships ||
        a.source.localeCompare(b.source) ||
        a.target.localeCompare(b.target),
    );
  const links = budget.take(shownLinks.slice(0, OVERVIEW_MAX_LINKS));
  return {
    groupBy: request.groupBy,
    groups,
    links,
    truncated: groups.length < rows.length || links.length < allLinks.length,
  };
}

async function countryPlaces(db: Database, keys: string[]) {
  const ids = keys.filter((key) => key !== UNKNOWN_GROUP);
  if (ids.length === 0) return new Map<string, { name: unknown; lat: unknown; lon: unknown }>();
  const result = await db.read<{ id: string; name: unknown; lat: unknown; lon: unknown }>('overviewPlaces', {
    ids,
  });
  return new Map(
    result.records.map((record) => [
      record.get('id'),
      { name: record.get('name'), lat: record.get('lat'), lon: record.get('lon') },
    ]),
  );
}
