// Runs Neo4j Community in a child JVM through neo4j/Launcher.java, waits until Bolt answers, and
// supervises it: a JVM that dies (crash, kill -9) is restarted on the same port and store, with
// backoff, and the supervisor gives up loudly after repeated failures. A deliberate stop (stop(),
// or the JVM stopped by SIGTERM/SIGINT from outside) is never undone.
// The launcher exits when our end of its stdin closes, so even a crashed Node process leaves no JVM.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { compiledLauncher, LAUNCHER_SOURCE } from './launcher-build.ts';
import { ensureNeo4jJars, NEO4J_LIB_DIR } from './neo4j-jars.ts';

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 picks a free port (kept for every restart). */
  boltPort: number;
  password: string;
  heap: string;
  /** Server-side default transaction timeout, e.g. "30s" (applied once start-up is done). */
  transactionTimeout?: string;
  /** Per-transaction memory cap, e.g. "512m" (applied once start-up is done). */
  transactionMaxMemory?: string;
  /**
   * LOAD CSV from file URLs inside the store's own import/ folder: only for the import benchmark,
   * which compares the importer with it. Off everywhere else.
   */
  csvImportFolder?: boolean;
  log?: (line: string) => void;
  /** Where deaths and restarts are reported (defaults to `log`). */
  warn?: (line: string) => void;
  /** Called once when the supervisor gives up (after repeated failed restarts) or the JVM was stopped from outside. */
  onGiveUp?: (reason: string) => void;
  startTimeoutMs?: number;
  /** Waits before each restart in a row; their number is how many restarts are tried. */
  restartDelaysMs?: readonly number[];
}

export interface EmbeddedNeo4j {
  uri: string;
  version: string;
  /** The current JVM's pid, or the one being restarted (it changes when the supervisor restarts the JVM). */
  readonly pid: number;
  /** How many times the supervisor restarted the JVM. */
  readonly restarts: number;
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

/** At once for a one-off crash, then doubling from 2 s: a crash loop costs little. */
const DEFAULT_RESTART_DELAYS_MS = [250, 2_000, 4_000, 8_000, 16_000];
/** A JVM that stayed up this long counts as healthy: the next death starts the backoff over. */
const STABLE_AFTER_MS = 60_000;
/** Exit codes of a JVM stopped by SIGHUP, SIGINT or SIGTERM (128 + signal) once its hook ran. */
const DELIBERATE_EXIT_CODES = new Set([0, 129, 130, 143]);
const DELIBERATE_SIGNALS = new Set<NodeJS.Signals>(['SIGHUP', 'SIGINT', 'SIGTERM']);

interface RunningJvm {
  child: ChildProcess;
  version: string;
  startedAt: number;
  stderr: StderrRecorder;
}

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  const warn = options.warn ?? log;
  const restartDelays = options.restartDelaysMs ?? DEFAULT_RESTART_DELAYS_MS;
  await ensureNeo4jJars(log);
  mkdirSync(options.dataDir, { recursive: true });
  const port = options.boltPort === 0 ? await findFreePort() : options.boltPort;
  const launcher = launcherCommand(await compiledLauncher(log));

  let current = await launchJvm(options, launcher, port, log);
  let stopping = false;
  let restarts = 0;
  let failuresInARow = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  /** A JVM being restarted, not ready yet: stop() must end it too. */
  let starting: ChildProcess | undefined;

  const giveUp = (reason: string) => {
    warn(`The embedded Neo4j is not restarted any more: ${reason}`);
    options.onGiveUp?.(reason);
  };

  /** `cause` is the death that started this run of restarts; `restartFailure`, why the last one failed. */
  const restartAfter = (delayMs: number, cause: string) => {
    warn(
      `Restarting the embedded Neo4j in ${delayMs} ms (attempt ${failuresInARow} of ${restartDelays.length})…`,
    );
    restartTimer = setTimeout(async () => {
      restartTimer = undefined;
      if (stopping) return;
      try {
        current = await launchJvm(options, launcher, port, log, (child) => {
          starting = child;
        });
        starting = undefined;
        restarts += 1;
        if (stopping) {
          await stopChild(current.child);
          return;
        }
        warn(`The embedded Neo4j is back (pid ${current.child.pid}) after: ${cause}`);
        watch(current);
      } catch (error) {
        starting = undefined;
        onDeath(cause, error instanceof Error ? error.message : String(error));
      }
    }, delayMs);
  };

  /** Every death (of a running JVM or of a restart) passes here once. */
  const onDeath = (cause: string, restartFailure?: string) => {
    if (stopping) return;
    failuresInARow += 1;
    const delay = restartDelays[failuresInARow - 1];
    if (delay === undefined) {
      const last = restartFailure ? `; the last restart failed: ${restartFailure}` : '';
      giveUp(
        `it failed ${failuresInARow} times in a row (${restartDelays.length} restarts tried) after: ${cause}${last}`,
      );
      return;
    }
    if (restartFailure) warn(`The restart of the embedded Neo4j failed: ${restartFailure}`);
    restartAfter(delay, cause);
  };

  const watch = (jvm: RunningJvm) => {
    jvm.child.once('exit', (code, signal) => {
      if (stopping) return;
      const how = signal ? `killed by ${signal}` : `exited with code ${code}`;
      const firstError = jvm.stderr.firstExceptionLine();
      const why = `the JVM (pid ${jvm.child.pid}) ${how}${firstError ? `; first error: ${firstError}` : ''}`;
      warn(`The embedded Neo4j died: ${why}`);
      if ((signal && DELIBERATE_SIGNALS.has(signal)) || (code !== null && DELIBERATE_EXIT_CODES.has(code))) {
        // Someone stopped the database on purpose (or our stdin closed): do not fight them.
        giveUp(`${why}, which is a deliberate stop`);
        return;
      }
      if (Date.now() - jvm.startedAt > STABLE_AFTER_MS) failuresInARow = 0;
      onDeath(why);
    });
  };
  watch(current);

  return {
    uri: `bolt://127.0.0.1:${port}`,
    version: current.version,
    get pid() {
      return (starting ?? current.child).pid ?? -1;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      clearTimeout(restartTimer);
      await Promise.all([stopChild(current.child), starting ? stopChild(starting) : undefined]);
    },
  };
}

/** Starts one JVM and resolves once Bolt answers; rejects with the first exception line when it fails. */
/** The java arguments that run the launcher: its compiled class when there is one, else its source. */
function launcherCommand(classDir: string | undefined): string[] {
  const jars = `${NEO4J_LIB_DIR}${path.sep}*`;
  return classDir
    ? ['-cp', `${jars}${path.delimiter}${classDir}`, 'Launcher']
    : ['-cp', jars, LAUNCHER_SOURCE];
}

async function launchJvm(
  options: EmbeddedOptions,
  launcher: string[],
  port: number,
  log: (line: string) => void,
  onSpawn: (child: ChildProcess) => void = () => {},
): Promise<RunningJvm> {
  await assertPortFree(port);
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap}`,
      ...JVM_FLAGS,
      ...launcher,
      options.dataDir,
      String(port),
      options.transactionTimeout ?? '30s',
      options.transactionMaxMemory ?? '512m',
      ...(options.csvImportFolder ? ['csv-import'] : []),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  onSpawn(child);
  // The password goes through stdin, not argv: /proc/<pid>/cmdline and `ps` are world-readable.
  child.stdin?.on('error', () => undefined); // a JVM that died early: its exit says why
  child.stdin?.write(`${options.password}\n`);
  const stderr = new StderrRecorder(child);
  const version = await waitForReady(child, stderr, options.startTimeoutMs ?? 120_000, log);
  return { child, version, startedAt: Date.now(), stderr };
}

/**
 * Keeps the start of the JVM's stderr (where the first exception is) and a short tail. The first
 * exception line says why it failed; the last characters of a stack trace are only frames.
 */
class StderrRecorder {
  private head = '';
  private tail = '';
  constructor(child: ChildProcess) {
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (this.head.length < 16_000) this.head += text.slice(0, 16_000 - this.head.length);
      this.tail = (this.tail + text).slice(-2_000);
    });
  }

  firstExceptionLine(): string | undefined {
    const lines = `${this.head}\n${this.tail}`.split('\n').map((line) => line.trim());
    const failed = lines.find((line) => line.startsWith('NEO4J_FAILED '));
    if (failed) return failed.slice('NEO4J_FAILED '.length);
    return lines.find((line) => /^(Exception in thread|Caused by:|[\w$.]+(Exception|Error)\b)/.test(line));
  }
}

function waitForReady(
  child: ChildProcess,
  stderr: StderrRecorder,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdoutBuffer = '';
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      const firstError = stderr.firstExceptionLine();
      reject(new Error(`embedded Neo4j did not start: ${reason}${firstError ? `: ${firstError}` : ''}`));
    };
    const timer = setTimeout(() => fail(`not ready after ${timeoutMs} ms`), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (settled) return;
      stdoutBuffer += chunk.toString();
      const match = /NEO4J_READY (\d+) (\S+)/.exec(stdoutBuffer);
      if (match?.[2]) {
        settled = true;
        clearTimeout(timer);
        log(`Neo4j ${match[2]} ready on bolt://127.0.0.1:${match[1]} (pid ${child.pid})`);
        resolve(match[2]);
      }
    });
    child.on('error', (error) =>
      fail(`could not run java: ${error.message} (Java 17+ is needed, or set NEO4J_URI)`),
    );
    child.once('exit', (code, signal) =>
      fail(signal ? `the JVM was killed by ${signal}` : `the JVM exited with code ${code}`),
    );
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
    // SIGTERM runs the launcher's shutdown hook, which closes the store cleanly. A stopped
    // (SIGSTOP) JVM would keep it pending: wake it first.
    child.kill('SIGCONT');
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
