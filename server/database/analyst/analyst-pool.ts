// Analyst queries run apart from the API, in a small pool of worker threads (piscina), because an
// analyst can write a query that no timeout stops in time:
// - decoding a huge row blocks a JavaScript thread for seconds: in a worker, the API's event loop
//   keeps answering, and the worker's own heap limit (not the server's) is what a huge row exhausts;
// - each worker holds its own driver (one connection for the query, a second only for the endpoints
//   of a result it cut): the analyst's query has its own concurrency and
//   never waits for, or takes, the API's connections;
// - a query is abandoned by terminating its worker, which closes its connection at once: the answer
//   never waits on a database that does not stop, and Neo4j sees the client go (the launcher's
//   watchdog then stops the database thread if the expression ignores the termination).
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { PROBE_TIMEOUT_MS, probeBolt } from '../bolt-probe.ts';
import type { AnalystTask, AnalystTaskResult, AnalystWorkerData } from './analyst-task.ts';

const WORKER_FILE = fileURLToPath(new URL('./analyst-worker.mjs', import.meta.url));

export interface AnalystPoolSettings extends AnalystWorkerData {
  maxConcurrent: number;
  workerMemoryMb: number;
  /** The server's current bookmarks: a worker's driver cannot share the server's bookmark manager. */
  bookmarks?: () => Promise<string[]>;
}

/** Why a query ended without its own answer, as the runner reports it. */
export type AnalystAbandon =
  | 'deadline'
  | 'database-not-answering'
  | 'client-gone'
  | 'worker-out-of-memory'
  | 'worker-did-not-start';

/**
 * A new worker loads the driver and the TypeScript mapper first (a fraction of a second, more on a
 * loaded machine): the query's own deadline starts when the worker starts the query, and this bounds
 * the wait before that.
 */
const WORKER_START_TIMEOUT_MS = 10_000;

export class AnalystAbandoned extends Error {
  constructor(readonly reason: AnalystAbandon) {
    super(`analyst query abandoned: ${reason}`);
  }
}

export interface AnalystPool {
  /** Runs a task; rejects with AnalystAbandoned on the deadline, the signal, or the worker's heap limit. */
  run(task: AnalystTask, options: { deadlineMs: number; signal?: AbortSignal }): Promise<AnalystTaskResult>;
  close(): Promise<void>;
}

export function createAnalystPool(settings: AnalystPoolSettings): AnalystPool {
  const { maxConcurrent, workerMemoryMb, bookmarks, ...workerData } = settings;
  let pool: Piscina | undefined;
  // Started on first use: a server nobody sends Cypher to runs no worker.
  const poolOf = () => {
    pool ??= new Piscina({
      filename: WORKER_FILE,
      workerData,
      // Two warm workers (one with a single slot), so that the query after one was terminated
      // does not wait for a new one to load (up to a second or two on a busy machine).
      minThreads: Math.min(2, maxConcurrent),
      maxThreads: maxConcurrent,
      idleTimeout: 60_000,
      // The worker gets a clean Node (no inherited loader flags); it loads TypeScript itself.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: workerMemoryMb, maxYoungGenerationSizeMb: 32 },
    });
    return pool;
  };

  return {
    async run(task, { deadlineMs, signal }) {
      const abort = new AbortController();
      let reason: AnalystAbandon | undefined;
      const give = (why: AnalystAbandon) => {
        reason ??= why;
        abort.abort(why);
      };
      let timer = setTimeout(() => give('worker-did-not-start'), WORKER_START_TIMEOUT_MS);
      // The worker says on this port when it starts the query; its deadline runs from then.
      const { port1: started, port2: startedInWorker } = new MessageChannel();
      started.once('message', () => {
        clearTimeout(timer);
        timer = setTimeout(() => give('deadline'), deadlineMs);
      });
      const onClientGone = () => give('client-gone');
      signal?.addEventListener('abort', onClientGone, { once: true });
      if (signal?.aborted) give('client-gone');
      try {
        const serverBookmarks = (await bookmarks?.()) ?? [];
        return (await poolOf().run(
          { ...task, bookmarks: serverBookmarks, started: startedInWorker },
          { signal: abort.signal, transferList: [startedInWorker] },
        )) as AnalystTaskResult;
      } catch (error) {
        // Past its deadline, a query is the query's fault only if the database still answers.
        if (reason === 'deadline') {
          const answering = await probeBolt(workerData.uri, PROBE_TIMEOUT_MS).then(
            () => true,
            () => false,
          );
          throw new AnalystAbandoned(answering ? 'deadline' : 'database-not-answering');
        }
        if (reason) throw new AnalystAbandoned(reason);
        if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
          throw new AnalystAbandoned('worker-out-of-memory');
        }
        throw error;
      } finally {
        clearTimeout(timer);
        started.close();
        signal?.removeEventListener('abort', onClientGone);
      }
    },
    async close() {
      await pool?.destroy();
      pool = undefined;
    },
  };
}
