// Runs Neo4j Community in a child JVM through neo4j/Launcher.java and waits until Bolt answers.
// The launcher exits when our end of its stdin closes, so even a crashed Node process leaves no JVM.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ensureNeo4jJars, NEO4J_DIR, NEO4J_LIB_DIR } from './neo4j-jars.ts';

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 picks a free port. */
  boltPort: number;
  password: string;
  heap: string;
  /** Server-side default transaction timeout, e.g. "30s". */
  transactionTimeout?: string;
  /** Per-transaction memory cap, e.g. "512m". */
  transactionMaxMemory?: string;
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  version: string;
  pid: number;
  stop(): Promise<void>;
}

// Java 17 needs these for Neo4j's direct memory access and Netty.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
];

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  await ensureNeo4jJars(log);
  mkdirSync(options.dataDir, { recursive: true });
  const port = options.boltPort === 0 ? await findFreePort() : options.boltPort;
  await assertPortFree(port);

  const child = spawn(
    'java',
    [
      `-Xmx${options.heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${NEO4J_LIB_DIR}${path.sep}*`,
      path.join(NEO4J_DIR, 'Launcher.java'),
      options.dataDir,
      String(port),
      options.password,
      options.transactionTimeout ?? '30s',
      options.transactionMaxMemory ?? '512m',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const version = await waitForReady(child, options.startTimeoutMs ?? 120_000, log);
  return {
    uri: `bolt://127.0.0.1:${port}`,
    version,
    pid: child.pid ?? -1,
    stop: () => stopChild(child),
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number, log: (line: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderrTail = '';
    let stdoutBuffer = '';
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`embedded Neo4j did not start: ${reason}\n${stderrTail.slice(-2000)}`));
    };
    const timer = setTimeout(() => fail(`not ready after ${timeoutMs} ms`), timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString()).slice(-8000);
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdoutBuffer += chunk.toString();
      const match = /NEO4J_READY (\d+) (\S+)/.exec(stdoutBuffer);
      if (match?.[2]) {
        clearTimeout(timer);
        log(`Neo4j ${match[2]} ready on bolt://127.0.0.1:${match[1]}`);
        resolve(match[2]);
      }
    });
    child.on('error', (error) =>
      fail(`could not run java: ${error.message} (Java 17+ is needed, or set NEO4J_URI)`),
    );
    child.on('exit', (code) => fail(`the JVM exited with code ${code}`));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    // SIGTERM runs the launcher's shutdown hook, which closes the store cleanly.
    child.kill('SIGTERM');
  });
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () =>
      reject(
        new Error(
          `port ${port} on 127.0.0.1 is taken (another Neo4j or npm start?): set NEO4J_BOLT_PORT, or NEO4J_URI to use that database`,
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}
