// The strongest partnerships of the unfiltered views, precomputed after each import: of the whole
// graph and of every overview group (`country:<id>`, `kind:<kind>`, and their `unknown`). Ranking a
// group live enumerates every pair of its members (seconds at field scale, tens of seconds at a
// million relationships); here one read of every pair (partnership-pairs.cypher) ranks them all
// at once, and each view keeps its first STRONGEST_PRECOMPUTED pairs and its exact total on a
// :DerivedSummary node of its own, so a page is one lookup by name.
import neo4j, { type Integer } from 'neo4j-driver';
import { UNKNOWN_GROUP } from '../contract/api.ts';
import type { Grouping, RankedPage, RunQuery } from './derived-summaries.ts';

/** How deep each precomputed ranking goes: deeper pages are ranked live. */
export const STRONGEST_PRECOMPUTED = 1_000;

/** The stored ranking of a view: the whole graph (no group) or one overview group. */
const STORED_PREFIX = 'partnerships-strongest';
export const rankingName = (group?: { by: Grouping; key: string }) =>
  group ? `${STORED_PREFIX}-${group.by}:${group.key}` : STORED_PREFIX;

type Pair = RankedPage['page'][number];
const toNumber = (value: unknown) => (neo4j.isInt(value) ? (value as Integer).toNumber() : Number(value));
const groupKey = (value: unknown) => (typeof value === 'string' ? value : UNKNOWN_GROUP);

/** Strongest first, then by ids: the order of partnerships-ranked.cypher (ids compare by code unit). */
const strongestFirst = (x: Pair, y: Pair) =>
  y.evidenceCount - x.evidenceCount ||
  (x.aId < y.aId ? -1 : x.aId > y.aId ? 1 : x.bId < y.bId ? -1 : x.bId > y.bId ? 1 : 0);

/**
 * The group views that list a pair, as partnerships-ranked does: the group of either end (once
 * when both ends are in the same group; an end without a country or kind is in the unknown group).
 */
function viewsOf(by: Grouping, keyOfA: unknown, keyOfB: unknown): string[] {
  return [rankingName({ by, key: groupKey(keyOfA) }), rankingName({ by, key: groupKey(keyOfB) })];
}

/** One step of the derivation: ranks every pair and stores each view's ranking. */
export async function storeRankings(run: RunQuery): Promise<void> {
  const result = await run('partnershipPairs', {});
  const pairs = result.records.map((record) => ({
    pair: {
      aId: String(record.get('aId')),
      bId: String(record.get('bId')),
      evidenceCount: toNumber(record.get('evidenceCount')),
    },
    names: new Set([
      rankingName(),
      ...viewsOf('country', record.get('aCountry'), record.get('bCountry')),
      ...viewsOf('kind', record.get('aKind'), record.get('bKind')),
    ]),
  }));
  pairs.sort((x, y) => strongestFirst(x.pair, y.pair));
  const views = new Map<string, { total: number; page: Pair[] }>([[rankingName(), { total: 0, page: [] }]]);
  for (const { pair, names } of pairs) {
    for (const name of names) {
      const view = views.get(name) ?? { total: 0, page: [] };
      views.set(name, view);
      view.total += 1;
      if (view.page.length < STRONGEST_PRECOMPUTED) view.page.push(pair);
    }
  }
  for (const [name, view] of views) {
    await run('storeDerivedSummary', {
      name,
      total: neo4j.int(view.total),
      lists: {
        aIds: view.page.map((pair) => pair.aId),
        bIds: view.page.map((pair) => pair.bId),
        evidenceCounts: view.page.map((pair) => neo4j.int(pair.evidenceCount)),
      },
    });
  }
  // A group gone since the last derivation (no organisation of that country or kind left).
  await run('deleteStaleDerivedSummaries', { prefix: `${STORED_PREFIX}-`, keep: [...views.keys()] });
}

type Stored = Record<string, unknown>;
const list = (stored: Stored, key: string) => (Array.isArray(stored[key]) ? (stored[key] as unknown[]) : []);

/**
 * A page of a view's stored ranking; undefined when the page runs past the stored prefix (and not
 * to the ranking's end), or when nothing is stored: the whole graph before the first derivation,
 * or a group no organisation belongs to (whose live ranking is empty and quick).
 */
export async function storedRankedPage(
  run: RunQuery,
  name: string,
  skip: number,
  limit: number,
): Promise<RankedPage | undefined> {
  const result = await run('derivedSummary', { name });
  const stored = result.records[0]?.get('summary') as Stored | undefined;
  if (!stored) return undefined;
  const total = toNumber(stored.total);
  const aIds = list(stored, 'aIds');
  if (skip + limit > aIds.length && aIds.length < total) return undefined;
  return {
    total,
    page: aIds.slice(skip, skip + limit).map((aId, offset) => ({
      aId: String(aId),
      bId: String(list(stored, 'bIds')[skip + offset]),
      evidenceCount: toNumber(list(stored, 'evidenceCounts')[skip + offset]),
    })),
  };
}
