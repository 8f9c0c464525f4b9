// The only module that reads process.env. Every key is documented here and in .env.example;
// a bad value stops start-up with a message naming the variable.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isLoopbackHost } from './loopback.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The local default password of the embedded database (it only listens on 127.0.0.1). */
export const EMBEDDED_DEFAULT_PASSWORD = 'cooperation-graph-local';

const port = z.coerce.number().int().min(0).max(65535);
const duration = z.coerce.number().int().positive();

const WRITER_NAME = /^[\p{L}\p{N}._@-]{1,64}$/u;

/** "alice:token1,bob:token2" → named tokens; each bad pair is an issue naming its position. */
function parseWriteTokens(text: string, context: z.RefinementCtx): { name: string; token: string }[] {
  const pairs = text
    .split(',')
    .map((pair) => pair.trim())
    .filter((pair) => pair !== '');
  const tokens: { name: string; token: string }[] = [];
  pairs.forEach((pair, index) => {
    const colon = pair.indexOf(':');
    const name = colon < 0 ? '' : pair.slice(0, colon).trim();
    const token = colon < 0 ? '' : pair.slice(colon + 1).trim();
    if (!WRITER_NAME.test(name) || token.length < 16) {
      context.addIssue({
        code: 'custom',
        message: `pair ${index + 1} must be "name:token", a name of letters, digits, . _ @ - and a token of 16+ characters`,
      });
    } else if (tokens.some((known) => known.token === token || known.name === name)) {
      context.addIssue({ code: 'custom', message: `pair ${index + 1} repeats a name or a token` });
    } else tokens.push({ name, token });
  });
  return tokens;
}

const envSchema = z.object({
  PORT: port.default(8080).describe('Port of the web server (API and client).'),
  HOST: z
    .string()
    .min(1)
    .default('127.0.0.1')
    .describe('Interface the web server binds to; beyond loopback it needs READ_TOKEN or ALLOWED_HOSTS.'),
  READ_TOKEN: z
    .string()
    .min(16, 'at least 16 characters')
    .optional()
    .describe(
      'Bearer token every /api request must carry (except POST /api/import, which has IMPORT_TOKEN).',
    ),
  ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .filter((name) => name !== ''),
    )
    .describe('Comma-separated host names (as in the Host header) the server answers besides localhost.'),
  HTTP_HEADERS_TIMEOUT_MS: duration
    .default(10_000)
    .describe('Time a client has to send all request headers before its socket is closed.'),
  HTTP_REQUEST_TIMEOUT_MS: duration
    .default(30_000)
    .describe('Time a client has to send a whole request (headers and body).'),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: duration
    .default(5_000)
    .describe('Idle time after which a kept-alive connection is closed.'),
  HTTP_MAX_CONNECTIONS: duration
    .default(256)
    .describe('Open connections the web server accepts at once; more are refused.'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
    .optional()
    .describe('An external Neo4j to use instead of the embedded one (Docker, Desktop, Aura, a cluster).'),
  NEO4J_USER: z.string().min(1).default('neo4j').describe('Database user.'),
  NEO4J_PASSWORD: z
    .string()
    .min(8, 'at least 8 characters (Neo4j refuses shorter passwords)')
    .default(EMBEDDED_DEFAULT_PASSWORD)
    .describe('Database password; the embedded database is given this password at each start.'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j').describe('Database name.'),
  NEO4J_BOLT_PORT: port.default(7687).describe('Bolt port of the embedded database (127.0.0.1 only).'),
  NEO4J_DATA_DIR: z
    .string()
    .min(1)
    .default(path.join(REPO_ROOT, 'neo4j', 'data'))
    .describe('Folder of the embedded database store (git-ignored).'),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'a JVM size such as 512m or 2g')
    .default('1g')
    .describe('Maximum JVM heap of the embedded database.'),
  QUERY_TIMEOUT_MS: duration
    .default(10_000)
    .describe('Timeout of every API query, sent with each transaction.'),
  CYPHER_TIMEOUT_MS: duration.default(5_000).describe('Timeout of analyst queries (POST /api/cypher).'),
  CYPHER_MAX_ROWS: duration.default(5_000).describe('Row cap of analyst queries; more rows are cut off.'),
  CYPHER_MAX_BYTES: duration
    .default(5_000_000)
    .describe('Size cap (bytes of JSON) of an analyst query result; a larger result is cut off.'),
  CYPHER_MAX_CONCURRENT: z.coerce
    .number()
    .int()
    .min(1)
    .max(32)
    .default(4)
    .describe('Analyst queries that may run at once, each in its own worker thread and connection.'),
  CYPHER_WORKER_MEMORY_MB: z.coerce
    .number()
    .int()
    .min(64)
    .max(4096)
    .default(256)
    .describe('Heap of each analyst-query worker thread (MB); a result that needs more is refused.'),
  IMPORT_TOKEN: z
    .string()
    .min(16, 'at least 16 characters')
    .optional()
    .describe('A write token named "import" (imports, drafts, edits); writes are disabled without any.'),
  WRITE_TOKENS: z
    .string()
    .default('')
    .transform((text, context) => parseWriteTokens(text, context))
    .describe(
      'Named write tokens, "name:token" separated by commas (token 16+ characters); the name goes into the audit trail.',
    ),
  SETUP_ON_START: z
    .enum(['auto', 'always', 'never'])
    .default('auto')
    .describe(
      'Schema and seeding at start: "auto" on the embedded database only (an external one is set up once with npm run db:setup), "always" on any, "never" only checks.',
    ),
  IMPORT_BATCH_SIZE: z.coerce
    .number()
    .int()
    .min(100)
    .max(50_000)
    .default(10_000)
    .describe('Rows per transaction of an import (atomicity across batches comes from the import journal).'),
  IMPORT_PARTS_DIR: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Where the parts of imports sent in parts wait for their commit (default: a folder in the system temp).',
    ),
  SEED_ON_START: z
    .enum(['auto', 'never'])
    .default('auto')
    .describe('"auto" loads the curated dataset when the database has no data; "never" skips it.'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info').describe('Log verbosity.'),
});

/** Rules across keys. Binding beyond loopback opens analyst Cypher to the network: not without a guard. */
const configSchema = envSchema.superRefine((config, context) => {
  if (!isLoopbackHost(config.HOST) && !config.READ_TOKEN && config.ALLOWED_HOSTS.length === 0) {
    context.addIssue({
      code: 'custom',
      path: ['HOST'],
      message:
        `${config.HOST} is reachable beyond this machine, and so would be the API and its analyst Cypher; ` +
        'set READ_TOKEN (a bearer token every /api request must carry) or ALLOWED_HOSTS ' +
        '(the host names the server may be reached by), or bind to 127.0.0.1',
    });
  }
  if (config.HTTP_HEADERS_TIMEOUT_MS > config.HTTP_REQUEST_TIMEOUT_MS) {
    context.addIssue({
      code: 'custom',
      path: ['HTTP_HEADERS_TIMEOUT_MS'],
      message: `must not exceed HTTP_REQUEST_TIMEOUT_MS (${config.HTTP_REQUEST_TIMEOUT_MS})`,
    });
  }
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses configuration from an environment (process.env by default); throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings (KEY= in a .env file) mean "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}${describeKey(issue.path[0])}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

function describeKey(key: PropertyKey | undefined): string {
  if (typeof key !== 'string') return '';
  const field = envSchema.shape[key as keyof typeof envSchema.shape];
  return field?.description ? ` (${field.description})` : '';
}

/** Keys and descriptions, used to check that .env.example documents every key. */
export const CONFIG_KEYS = Object.keys(envSchema.shape) as (keyof Config)[];

/** For the command-line entry points: the configuration, or its errors on stderr and exit code 1. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
