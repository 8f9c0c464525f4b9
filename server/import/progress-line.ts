// The import's progress on a terminal: one line redrawn in place per batch, or one line per batch
// when the output is not a terminal (a log, a CI run), so that progress shows there too.
import type { ImportProgress } from './dataset-loader.ts';

const WIDTH = 30;

export function formatProgress(progress: ImportProgress, elapsedMs: number): string {
  if (progress.phase === 'checking') return 'Checking the documents…';
  const share = progress.total === 0 ? 1 : Math.min(1, progress.written / progress.total);
  const filled = Math.round(share * WIDTH);
  const rate = elapsedMs > 0 ? Math.round((progress.written * 1000) / elapsedMs) : 0;
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}]`;
  const what = progress.phase === 'published' ? 'published' : `batch ${progress.batches}`;
  return `${bar} ${progress.written.toLocaleString('en')}/${progress.total.toLocaleString('en')} rows (${Math.floor(share * 100)}%), ${rate.toLocaleString('en')} rows/s, ${what}`;
}

export function progressLine(out: NodeJS.WriteStream) {
  let startedAt = 0;
  let drawn = false;
  return {
    update(progress: ImportProgress) {
      if (progress.phase !== 'checking' && startedAt === 0) startedAt = Date.now();
      const line = formatProgress(progress, startedAt === 0 ? 0 : Date.now() - startedAt);
      if (out.isTTY) {
        out.write(`\r${line}\u001b[K`);
        drawn = true;
      } else {
        out.write(`${line}\n`);
      }
    },
    done() {
      if (drawn) out.write('\n');
      drawn = false;
    },
  };
}
