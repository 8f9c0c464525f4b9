// Structured JSON logs (pino) behind the small levelled interface every module uses.
// Secrets are redacted here, once, whatever a call site or the request logger passes in.
import pino, { type DestinationStream } from 'pino';
import type { Config } from './config.ts';

type Level = 'debug' | 'info' | 'warn' | 'error';

/** The levelled methods alone: what modules that only write log lines need (and tests can supply). */
export type LevelLogger = Record<Level, (message: string, extra?: Record<string, unknown>) => void>;

export type Logger = LevelLogger & {
  /** The pino logger underneath, for the per-request logger. */
  readonly pino: pino.Logger;
};

/**
 * Paths removed from every log line. Cypher `params` are the analyst's values (names, ids, and
 * whatever they paste): the query text is enough to follow a problem, the values stay private.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["proxy-authorization"]',
  'res.headers["set-cookie"]',
  'authorization',
  'password',
  'token',
  'params',
  '*.authorization',
  '*.password',
  '*.token',
  '*.params',
  'NEO4J_PASSWORD',
  'IMPORT_TOKEN',
  'READ_TOKEN',
  '*.NEO4J_PASSWORD',
  '*.IMPORT_TOKEN',
  '*.READ_TOKEN',
];

/** A logger writing one JSON object per line to `destination` (stderr by default). */
export function createLogger(
  level: Config['LOG_LEVEL'],
  destination: DestinationStream = pino.destination({ fd: 2, sync: true }),
): Logger {
  const base = pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
  // pino takes (object, message); the house interface is (message, object).
  const at =
    (name: Level) =>
    (message: string, extra?: Record<string, unknown>): void => {
      if (extra) base[name](extra, message);
      else base[name](message);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), pino: base };
}
