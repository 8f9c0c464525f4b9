// Runs one analyst query inside a worker thread (see analyst-pool.ts for why a thread of its own).
// The worker has its own driver with one connection, so analyst work never takes the API's
// connections; a byte meter on that connection stops a result while it streams in, before a huge
// row is ever decoded; and the worker's own heap limit bounds whatever still gets through.
import net from 'node:net';
import tls from 'node:tls';
import { workerData } from 'node:worker_threads';
import neo4j, { type Driver, Neo4jError, type Node } from 'neo4j-driver';
import type { JsonValue } from '../../contract/graph.ts';
import { toNeo4jParams } from '../../cypher/cypher-params.ts';
import type { PlanOperator } from '../../cypher/cypher-plan-guard.ts';
import { toQueryPlan } from '../../cypher/query-plan.ts';
import { GraphCollector, toJson } from '../../shared/graph-mapper.ts';
import type { AnalystTaskInWorker, AnalystTaskResult, AnalystWorkerData } from './analyst-task.ts';

/** Relationship endpoints missing from a result are fetched, up to this many nodes. */
const MAX_MISSING_ENDPOINTS = 2_000;

interface WireBudget {
  remaining: number;
  tripped: boolean;
}
let budget: WireBudget | undefined;

/** Counts what the database sends on this thread's sockets; over budget, the socket is cut. */
const openSockets = new Set<net.Socket>();

function meter<S extends net.Socket>(socket: S): S {
  openSockets.add(socket);
  socket.once('close', () => openSockets.delete(socket));
  const emit = socket.emit as (this: S, event: string | symbol, ...args: unknown[]) => boolean;
  socket.emit = function meteredEmit(this: S, event: string | symbol, ...args: unknown[]) {
    if (event === 'data' && budget && Buffer.isBuffer(args[0])) {
      budget.remaining -= args[0].length;
      if (budget.remaining < 0) {
        budget.tripped = true;
        // With an error, so the driver fails the result at once (a plain close leaves it waiting).
        socket.destroy(new Error('analyst result over its byte budget'));
        return false;
      }
    }
    return emit.call(this, event, ...args);
  } as S['emit'];
  return socket;
}
// The driver opens its sockets through net.connect / tls.connect (read at call time), so wrapping
// them here, in this thread's own copy of those modules, meters every database connection of it.
const plainConnect = net.connect;
net.connect = ((...args: Parameters<typeof net.connect>) =>
  meter(plainConnect.apply(net, args))) as typeof net.connect;
const tlsConnect = tls.connect;
tls.connect = ((...args: Parameters<typeof tls.connect>) =>
  meter(tlsConnect.apply(tls, args))) as typeof tls.connect;

const settings = workerData as AnalystWorkerData;
let driver: Driver | undefined;
const driverOf = () => {
  driver ??= neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    // One for the query; a second for the endpoints of a result whose connection was cut.
    maxConnectionPoolSize: 2,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 0,
    userAgent: `${settings.app}/analyst`,
  });
  return driver;
};

export async function runAnalystTask(task: AnalystTaskInWorker): Promise<AnalystTaskResult> {
  task.started.postMessage('started');
  task.started.close();
  const started = Date.now();
  const rows: Record<string, JsonValue>[] = [];
  const graph = new GraphCollector();
  let bytes = 0;
  let truncated = false;
  /** Set once this query's connection was destroyed on purpose (a cap or the meter). */
  let cut = false;
  const wire: WireBudget = { remaining: task.maxWireBytes, tripped: false };
  budget = wire;
  const session = driverOf().session({
    database: settings.database,
    defaultAccessMode: neo4j.session.READ,
    bookmarks: task.bookmarks,
    // Small batches: a stop after a cap leaves little in flight.
    fetchSize: 50,
  });
  const tx = session.beginTransaction({
    timeout: task.timeoutMs,
    metadata: { app: settings.app, query: task.purpose },
  });
  // Stopping at a cap: the driver would wait for the rest of the stream before a rollback could
  // even be sent, so the connection is cut instead (Neo4j rolls the transaction back when its
  // client goes) and the rows read so far are the answer.
  const stopAtCap = () => {
    truncated = true;
    cutConnections(openSockets);
    cut = true;
  };
  let keys: string[] = [];
  let profile: PlanOperator | false | undefined;
  try {
    const result = tx.run(task.query, toNeo4jParams(task.params));
    try {
      // An explicit iterator, not for-await: leaving a for-await calls the driver's return(), which
      // waits for the rest of the stream — exactly what a cap must not do.
      const records = result[Symbol.asyncIterator]();
      for (;;) {
        const next = await records.next();
        if (next.done) break;
        const record = next.value;
        if (keys.length === 0) keys = record.keys.map(String);
        if (truncated || rows.length >= task.maxRows) {
          // A PROFILE's counts only come with a result read to its end: past the caps its rows
          // are read and dropped (the wire budget still bounds them) instead of stopping the stream.
          if (task.profile) {
            truncated = true;
            continue;
          }
          stopAtCap();
          break;
        }
        const row = Object.fromEntries(record.keys.map((key) => [String(key), toJson(record.get(key))]));
        bytes += JSON.stringify(row).length;
        if (bytes > task.maxBytes) {
          if (task.profile) {
            truncated = true;
            continue;
          }
          stopAtCap();
          break;
        }
        rows.push(row);
        for (const key of record.keys) graph.add(record.get(key));
      }
      if (!cut) {
        keys = [...(await result.keys())].map(String);
        if (task.profile) profile = (await result.summary()).profile as PlanOperator | false;
      }
    } catch (error) {
      // A stream ended by our own cut is not a failure of the query.
      if (!wire.tripped && !cut) throw error;
      if (wire.tripped) {
        cut = true;
        const budgetText = task.maxWireBytes.toLocaleString('en');
        if (task.profile) {
          return {
            ok: false,
            kind: 'too-large',
            message: `PROFILE reads the whole result, and this one is larger than the ${budgetText} bytes an analyst query may receive: add a LIMIT.`,
          };
        }
        truncated = true;
        if (rows.length === 0) {
          return {
            ok: false,
            kind: 'too-large',
            message: `The first row of the result is larger than the ${budgetText} bytes an analyst query may receive; return less per row (e.g. size(list) instead of the list).`,
          };
        }
      }
    }
    // The meter guards this query's result only, not the endpoints fetched for the canvas.
    budget = undefined;
    if (cut) {
      cutConnections(openSockets);
      await addMissingEndpointsApart(task, graph);
    } else {
      await addMissingEndpoints(tx, graph);
    }
    return {
      ok: true,
      keys,
      rows,
      graph: graph.result(),
      truncated,
      elapsedMs: Date.now() - started,
      ...(profile ? { plan: toQueryPlan(profile, true) } : {}),
    };
  } catch (error) {
    if (error instanceof Neo4jError) {
      return { ok: false, kind: 'neo4j', code: error.code, message: error.message };
    }
    return { ok: false, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  } finally {
    budget = undefined;
    if (cut) {
      // The transaction went with its connection; the old driver is being closed.
    } else {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      await session.close().catch(() => undefined);
    }
  }
}

/**
 * Destroys the connections in use (Neo4j rolls back their transactions when its client goes) and
 * drops the driver whose pool held them: the next query opens a fresh one rather than waiting on a
 * connection the old driver still believes in.
 */
function cutConnections(sockets: Set<net.Socket>): void {
  for (const socket of [...sockets]) socket.destroy();
  const old = driver;
  driver = undefined;
  void old?.close().catch(() => undefined);
}

/** The endpoints of a cut result, in a fresh session and transaction of their own. */
async function addMissingEndpointsApart(task: AnalystTaskInWorker, graph: GraphCollector): Promise<void> {
  if (graph.missingEndpoints().length === 0) return;
  const session = driverOf().session({ database: settings.database, defaultAccessMode: neo4j.session.READ });
  const tx = session.beginTransaction({
    timeout: task.timeoutMs,
    metadata: { app: settings.app, query: task.purpose },
  });
  try {
    await addMissingEndpoints(tx, graph);
  } finally {
    await tx.rollback().catch(() => undefined);
    await session.close().catch(() => undefined);
  }
}

/** A query may return relationships without their nodes; the canvas needs both ends. */
async function addMissingEndpoints(
  tx: ReturnType<ReturnType<Driver['session']>['beginTransaction']>,
  graph: GraphCollector,
): Promise<void> {
  const missing = graph.missingEndpoints().slice(0, MAX_MISSING_ENDPOINTS);
  if (missing.length === 0) return;
  const result = await tx.run(settings.endpointsQuery, { elementIds: missing });
  for (const record of result.records) graph.add(record.get('node') as Node);
}
