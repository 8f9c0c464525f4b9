// The endpoints the scale benchmark times, one row each, with the target of issue 10 §3 it is held
// to. A row is a request; the bare-driver side replays whatever queries that request sent (see
// query-recorder.ts), so a row needs no driver twin. Add a row per new endpoint or parameter.

/** Actors and records of the loaded graph that the requests are about. */
export interface BenchSubjects {
  /** Organisations with the most links, busiest first (at least two). */
  hubs: string[];
  /** The source with the most facts. */
  bigSource: string;
  /** Two ordinary organisations in different countries, for paths. */
  pathFrom: string;
  pathTo: string;
  /** A prefix of a hub's name, as someone typing in the search box. */
  searchTerm: string;
}

export interface BenchTarget {
  /** The p95 an answer must stay under. */
  p95Ms: number;
  /** Why this target (the wording). */
  rule: string;
}

export interface BenchCase {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  target: BenchTarget;
}

/** No answer may be larger than this, whatever the endpoint (issue 10 §3). */
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;

const SEARCH: BenchTarget = { p95Ms: 50, rule: 'search p95 ≤ 50 ms' };
const HUB_DETAILS: BenchTarget = {
  p95Ms: 50,
  rule: 'node details / grouped neighbours of a 10k hub p95 ≤ 50 ms',
};
const SHORTEST: BenchTarget = { p95Ms: 200, rule: 'shortest path p95 ≤ 200 ms' };
const OTHER: BenchTarget = { p95Ms: 500, rule: 'every other endpoint p95 ≤ 500 ms' };

const get = (name: string, path: string, target: BenchTarget): BenchCase => ({
  name,
  method: 'GET',
  path,
  target,
});
const q = encodeURIComponent;

export function benchCases(s: BenchSubjects): BenchCase[] {
  const [hub = '', secondHub = ''] = s.hubs;
  return [
    get(`search "${s.searchTerm}"`, `/api/search?q=${q(s.searchTerm)}`, SEARCH),
    get('node details of a hub', `/api/nodes/${q(hub)}`, HUB_DETAILS),
    get('neighbours of a hub (grouped)', `/api/nodes/${q(hub)}/neighbours`, HUB_DETAILS),
    get('partnerships, whole graph', '/api/partnerships', OTHER),
    get('partnerships around a hub', `/api/partnerships?ids=${q(hub)}`, OTHER),
    get('common partners of two hubs', `/api/common-partners?ids=${q(hub)},${q(secondHub)}`, OTHER),
    get('sources list', '/api/sources', OTHER),
    get('sources/:id of the biggest source', `/api/sources/${q(s.bigSource)}`, OTHER),
    get('paths, shortest', `/api/paths?from=${q(s.pathFrom)}&to=${q(s.pathTo)}`, SHORTEST),
    get('paths, all shortest', `/api/paths?from=${q(s.pathFrom)}&to=${q(s.pathTo)}&mode=all-shortest`, OTHER),
    get('timeline, whole graph', '/api/timeline', OTHER),
    get('timeline of a hub', `/api/timeline?ids=${q(hub)}`, OTHER),
    get('as of 2020', '/api/as-of?date=2020', OTHER),
    get('changes, first half of 2024', '/api/changes?since=2024-01&until=2024-06', OTHER),
    get('schema', '/api/schema', OTHER),
  ];
}
