// Builds the client with Vite when client/dist is missing or older than its sources, so that
// `npm start` on a fresh clone serves a page without a separate build step.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './config.ts';
import type { Logger } from './logger.ts';

export const CLIENT_DIR = path.join(REPO_ROOT, 'client');
export const CLIENT_DIST = path.join(CLIENT_DIR, 'dist');

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    if (full.startsWith(CLIENT_DIST) || full.includes('node_modules')) continue;
    newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

export function clientBuildIsFresh(): boolean {
  const index = path.join(CLIENT_DIST, 'index.html');
  if (!existsSync(index)) return false;
  const sharedContract = path.join(REPO_ROOT, 'server', 'contract');
  return statSync(index).mtimeMs >= Math.max(newestSourceTime(CLIENT_DIR), newestSourceTime(sharedContract));
}

export async function ensureClientBuilt(logger: Logger): Promise<void> {
  if (clientBuildIsFresh()) return;
  logger.info('Building the client (vite build)…');
  await new Promise<void>((resolve, reject) => {
    const vite = spawn(
      process.execPath,
      [
        path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        path.join(CLIENT_DIR, 'vite.config.ts'),
      ],
      {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    vite.on('error', reject);
    vite.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed (exit ${code})`)),
    );
  });
}
