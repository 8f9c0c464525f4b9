// `npm run bench`: every benchmark, one after another (each prints Markdown for the README and
// writes JSON under bench-results/). Kept apart from `npm test`: figures are measured, not asserted.
// The stress size of the scale benchmark is its own command (`npm run bench:scale -- --size stress`).
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../../server/shared/config.ts';

const benches = [
  ['tests/bench/api-bench.ts'],
  ['tests/bench/render-bench.ts'],
  ['tests/bench/scale/scale-bench.ts', '--size', 'atlas'],
  ['tests/bench/import-bench.ts', '--size', 'atlas'],
  ['tests/bench/drafts-bench.ts'],
];
let failed = false;
for (const bench of benches) {
  console.log(`\n== ${bench.join(' ')}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...bench], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
