// `npx tsx tests/bench/import/check-memory.ts <folder>`: the importer's checking pass alone (every
// record through DatasetCheck, streamed from disk, then the cross-record verdict) without a database,
// with the process's peak RSS (VmHWM) at the end: what issue 10 §2 bounds (node's RSS under 1 GB).
// The database label look-up is left out: it reads bounded chunks of ids, and the ids are the check's.
import { readFileSync } from 'node:fs';
import { DatasetCheck } from '../../../seed/dataset-check.ts';
import { datasetFileSources } from '../../../server/import/dataset-files.ts';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: npx tsx tests/bench/import/check-memory.ts <folder | file.json> [...]');
  process.exit(2);
}
const peakRssMb = () =>
  Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;

const started = performance.now();
const check = new DatasetCheck();
const sources = datasetFileSources(dirs);
for (const source of sources) await source.visit(check);
const afterRead = peakRssMb();
const ids = [...new Set([...check.nodeIds(), ...check.unknownEndpointIds()])];
const result = check.finish(new Map());
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const heapMb = (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0);
console.log(
  `${sources.length} document(s), ${ids.length} ids: ${result.ok ? `ok, ${result.nodes.length} nodes, ${result.relationshipCount} relationships` : `${result.errors.length} error(s), first: ${JSON.stringify(result.errors[0])}`}`,
);
console.log(
  `checked in ${seconds} s; peak RSS ${afterRead.toFixed(0)} MB after reading, ${peakRssMb().toFixed(0)} MB at the end; heap used ${heapMb} MB`,
);
