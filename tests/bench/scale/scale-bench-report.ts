// The scale benchmark's Markdown: one row per endpoint with its target, MET or MISSED said plainly.
import { MAX_RESPONSE_BYTES } from './scale-bench-cases.ts';
import type { StoreManifest } from './scale-store.ts';

export interface CaseResult {
  name: string;
  path: string;
  rounds: number;
  apiMedianMs: number;
  apiP95Ms: number;
  driverMedianMs: number;
  driverP95Ms: number;
  ratio: number;
  maxBytes: number;
  apiErrors: number;
  driverErrors: number;
  statuses: number[];
  queries: number;
  /** Groups of queries the API ran together (see query-recorder.ts). */
  waves: number;
  target: string;
  targetP95Ms: number;
  met: boolean;
}

export function printMarkdown(report: {
  date: string;
  concurrentMaxMedianMs: number;
  machine: string;
  size: string;
  graph: { nodes: number; relationships: number; hubDegrees: Record<string, number> };
  load: { loader: string; loadMs: number; importAttempt?: StoreManifest['importAttempt'] };
  endpoints: CaseResult[];
  concurrent?: {
    clients: number;
    endpoints: string[];
    api: { p50Ms: number; p95Ms: number; perSecond: number };
    driver: { p50Ms: number; p95Ms: number; perSecond: number };
    throughputRatio: number;
  };
}) {
  const f = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : '–');
  const size = (bytes: number) =>
    bytes >= 1e5 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
  const hubs = Object.values(report.graph.hubDegrees).join(', ');
  console.log(
    `\n### Scale benchmark, ${report.size} size (${report.date.slice(0, 10)}; ${report.machine})\n`,
  );
  console.log(
    `${report.graph.nodes} nodes, ${report.graph.relationships} relationships (MENTIONED_IN included); hubs of ${hubs} links. ` +
      `Loaded with ${report.load.loader === 'import' ? '`npm run import`' : 'the bare-driver loader'} in ${f(report.load.loadMs / 1000)} s` +
      (report.load.importAttempt && report.load.loader !== 'import'
        ? ` (\`npm run import\`: ${report.load.importAttempt.detail})`
        : '') +
      '. API and bare driver interleaved, one request at a time, loopback; the driver replays the queries the API sent (those the API ran together, together).\n',
  );
  console.log(
    '| endpoint | API median (ms) | API p95 (ms) | driver median (ms) | API / driver | largest answer | target | result |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of report.endpoints) {
    const failed =
      r.apiErrors > 0
        ? ` (${r.apiErrors}/${r.rounds} answered ${r.statuses.filter((s) => s >= 400).join('/')})`
        : '';
    const tooBig = r.maxBytes > MAX_RESPONSE_BYTES ? ' (over 2 MB)' : '';
    console.log(
      `| ${r.name} | ${f(r.apiMedianMs)} | ${f(r.apiP95Ms)} | ${f(r.driverMedianMs)} | ${r.ratio.toFixed(2)}× | ${size(r.maxBytes)} | p95 ≤ ${r.targetP95Ms} ms, ≤ 2 MB | ${r.met ? 'MET' : `MISSED${failed}${tooBig}`} |`,
    );
  }
  const c = report.concurrent;
  if (c) {
    console.log(
      `\n${c.clients} concurrent clients over the ${c.endpoints.length} endpoints with a median under ${report.concurrentMaxMedianMs} ms: API p50 ${f(c.api.p50Ms)} ms, p95 ${f(c.api.p95Ms)} ms, ${f(c.api.perSecond)} requests/s; ` +
        `bare driver p50 ${f(c.driver.p50Ms)} ms, p95 ${f(c.driver.p95Ms)} ms, ${f(c.driver.perSecond)} requests/s; throughput API / driver ${c.throughputRatio.toFixed(2)}× (target ≥ 0.83×, i.e. within 1.2×: ${c.throughputRatio >= 1 / 1.2 ? 'MET' : 'MISSED'}).`,
    );
  }
}
