// A tiny levelled logger to stderr; enough for a local tool, and silent in tests.
import type { Config } from './config.ts';

const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
type Level = Exclude<(typeof LEVELS)[number], 'silent'>;

export type Logger = Record<Level, (message: string, extra?: Record<string, unknown>) => void>;

export function createLogger(level: Config['LOG_LEVEL']): Logger {
  const threshold = LEVELS.indexOf(level);
  const at = (name: Level) => (message: string, extra?: Record<string, unknown>) => {
    if (LEVELS.indexOf(name) < threshold) return;
    const suffix = extra ? ` ${JSON.stringify(extra)}` : '';
    process.stderr.write(`${new Date().toISOString()} ${name.toUpperCase()} ${message}${suffix}\n`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
