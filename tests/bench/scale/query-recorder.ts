// Records the queries the API sends to the database, so the benchmark can replay exactly the same
// Cypher with the same parameters through a bare driver: the comparison then follows the endpoints
// as they change, without a hand-copied driver twin per endpoint that would drift from the service.
import type { Driver } from 'neo4j-driver';

export interface RecordedQuery {
  text: string;
  params: Record<string, unknown>;
  /** The transaction timeout the API sent, which the replay keeps so both sides give up alike. */
  timeoutMs?: number;
}

export interface QueryRecorder {
  /** The driver to give the app: the app's own driver, with its `executeQuery` calls recorded. */
  driver: Driver;
  /** Runs `work` and returns the queries it sent, in the order they were sent. */
  record(work: () => Promise<unknown>): Promise<RecordedQuery[]>;
}

export function createQueryRecorder(driver: Driver): QueryRecorder {
  let recording: RecordedQuery[] | undefined;
  const recorded = new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== 'executeQuery' || typeof value !== 'function') {
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return (text: string, params: Record<string, unknown> = {}, config: Record<string, unknown> = {}) => {
        const timeout = (config.transactionConfig as { timeout?: number } | undefined)?.timeout;
        recording?.push({ text, params, ...(timeout === undefined ? {} : { timeoutMs: timeout }) });
        return value.call(target, text, params, config);
      };
    },
  });
  return {
    driver: recorded,
    async record(work) {
      recording = [];
      try {
        await work();
        return recording;
      } finally {
        recording = undefined;
      }
    },
  };
}
