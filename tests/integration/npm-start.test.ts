// `npm start`'s life cycle on the embedded default: it starts the database, loads the curated
// dataset into a new store, serves API and client on one port, stops cleanly on SIGINT with no
// JVM left behind, and a second start reuses the stored data.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/shared/config.ts';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cge-npm-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** JVMs whose command line names our data folder. */
function jvmsOnStore(): string[] {
  try {
    return execFileSync('pgrep', ['-f', `Launcher(\\.java)? ${dataDir}`])
      .toString()
      .trim()
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

async function start(port: number, boltPort: number): Promise<{ child: ChildProcess; output: () => string }> {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_PASSWORD: '',
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(boltPort),
      PORT: String(port),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in time:\n${output}`)), 170_000);
    const check = setInterval(() => {
      if (output.includes('is ready at')) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
  return { child, output: () => output };
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

describe('npm start', () => {
  it('serves the explorer on the embedded database, stops cleanly, and restarts on the stored data', async () => {
    const [port, boltPort] = [await freePort(), await freePort()];
    const first = await start(port, boltPort);
    expect(first.output()).toContain(`http://127.0.0.1:${port}`);
    expect(first.output()).toContain('Loaded the curated dataset');
    // The start-up checks (schema, database settings) find the embedded database as it must be.
    expect(first.output()).not.toContain('"level":"warn"');

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect((await health.json()).database.version).toMatch(/^5\.26/);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(jvmsOnStore()).toHaveLength(1);

    expect(await stop(first.child)).toBe(0);
    expect(jvmsOnStore()).toEqual([]);
    // A deliberate stop is not a death: the supervisor neither restarts the JVM nor gives up on it.
    expect(first.output()).not.toMatch(/Restarting the embedded Neo4j|down for good/);

    const second = await start(port, boltPort);
    expect(second.output()).not.toContain('Loaded the curated dataset');
    const search = await fetch(`http://127.0.0.1:${port}/api/search?q=vitagora`);
    expect((await search.json()).results[0].node.id).toBe('vitagora');
    expect(await stop(second.child)).toBe(0);
    expect(jvmsOnStore()).toEqual([]);
  }, 400_000);
});
