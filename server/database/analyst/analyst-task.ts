// What crosses the thread boundary between the API and an analyst-query worker: plain data only
// (structured clone drops class prototypes, so driver values are mapped to JSON inside the worker).
import type { MessagePort } from 'node:worker_threads';
import type { QueryPlan } from '../../contract/api.ts';
import type { JsonValue, WireGraph } from '../../contract/graph.ts';

/** Connection settings every worker opens its own driver with. */
export interface AnalystWorkerData {
  uri: string;
  user: string;
  password: string;
  database: string;
  app: string;
  /** The text of the nodesByElementId query (endpoints a result names without returning them). */
  endpointsQuery: string;
}

export interface AnalystTask {
  query: string;
  params: Record<string, JsonValue>;
  purpose: string;
  /** PROFILE: the result is read to its end (its counts come only then) and the plan returned. */
  profile: boolean;
  timeoutMs: number;
  maxRows: number;
  /** Cap on the JSON of the rows. */
  maxBytes: number;
  /** Cap on the bytes received from the database for this query, counted as they arrive. */
  maxWireBytes: number;
  /** The server's bookmarks (set by the pool): on a cluster the read waits for the server's own writes. */
  bookmarks?: string[];
}

/** A task as the worker receives it: with the port it signals its start on. */
export interface AnalystTaskInWorker extends AnalystTask {
  started: MessagePort;
}

export type AnalystTaskResult =
  | {
      ok: true;
      keys: string[];
      rows: Record<string, JsonValue>[];
      graph: WireGraph;
      truncated: boolean;
      elapsedMs: number;
      plan?: QueryPlan;
    }
  | { ok: false; kind: 'neo4j'; code: string; message: string }
  | { ok: false; kind: 'too-large'; message: string }
  | { ok: false; kind: 'failed'; message: string };
