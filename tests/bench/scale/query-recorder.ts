// Records the queries the API sends to the database, so the benchmark can replay exactly the same
// Cypher with the same parameters through a bare driver: the comparison then follows the endpoints
// as they change, without a hand-copied driver twin per endpoint that would drift from the service.
import type { Driver } from 'neo4j-driver';

export interface RecordedQuery {
  text: string;
  params: Record<string, unknown>;
  /** The transaction timeout the API sent, which the replay keeps so both sides give up alike. */
  timeoutMs?: number;
  /**
   * Queries the API had running at the same time share a wave (a service's Promise.all): the replay
   * runs a wave's queries together and the waves one after another, as the API did.
   */
  wave: number;
}

export interface QueryRecorder {
  /** The driver to give the app: the app's own driver, with its `executeQuery` calls recorded. */
  driver: Driver;
  /** Runs `work` and returns the queries it sent, in the order they were sent. */
  record(work: () => Promise<unknown>): Promise<RecordedQuery[]>;
}

export function createQueryRecorder(driver: Driver): QueryRecorder {
  let recording: RecordedQuery[] | undefined;
  /** Queries of the current wave still running; when none is, the next query opens a new wave. */
  let running = 0;
  let wave = 0;
  const recorded = new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== 'executeQuery' || typeof value !== 'function') {
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return (text: string, params: Record<string, unknown> = {}, config: Record<string, unknown> = {}) => {
        const timeout = (config.transactionConfig as { timeout?: number } | undefined)?.timeout;
        if (!recording) return value.call(target, text, params, config);
        if (running === 0) wave++;
        running++;
        recording.push({ text, params, wave, ...(timeout === undefined ? {} : { timeoutMs: timeout }) });
        const settled = () => {
          running--;
        };
        const result = value.call(target, text, params, config) as Promise<unknown>;
        result.then(settled, settled);
        return result;
      };
    },
  });
  return {
    driver: recorded,
    async record(work) {
      recording = [];
      running = 0;
      wave = 0;
      try {
        await work();
        return recording;
      } finally {
        recording = undefined;
      }
    },
  };
}
