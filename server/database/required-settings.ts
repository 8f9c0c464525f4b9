// The database settings the API relies on for its safety and limits, and the comparison of what a
// database reports (SHOW SETTINGS) against them. The embedded launcher sets all of them; a cluster
// or any external Neo4j must set them in its own configuration (see README, "Against a cluster").
// Pure: no driver here, so the rules are unit-tested and the start-up check only reads.
import type { Config } from '../shared/config.ts';

/** The per-transaction memory cap the embedded database is started with. */
export const EMBEDDED_TRANSACTION_MAX_MEMORY = '512m';

/**
 * The server-side transaction timeout of the embedded database: three times the API's own query
 * timeout, so it only stops what no client timeout bounded (a client sending none).
 */
export function embeddedTransactionTimeoutSeconds(config: Pick<Config, 'QUERY_TIMEOUT_MS'>): number {
  return Math.ceil((config.QUERY_TIMEOUT_MS * 3) / 1000);
}

type Expectation =
  /** The value must be exactly this (case-insensitive). */
  | { kind: 'equals'; value: string }
  /** The value must be set to something (not empty, not null). */
  | { kind: 'set' }
  /** The value must be empty: nothing listed. */
  | { kind: 'empty' }
  /** A duration or size above zero and at most this (zero means "no limit" in Neo4j). */
  | { kind: 'at-most'; unit: 'duration' | 'bytes'; limit: string };

export interface RequiredSetting {
  name: string;
  expect: Expectation;
  /** Why the API needs it: said in the warning. */
  why: string;
}

export function requiredSettings(config: Pick<Config, 'QUERY_TIMEOUT_MS'>): RequiredSetting[] {
  return [
    {
      name: 'dbms.security.auth_enabled',
      expect: { kind: 'equals', value: 'true' },
      why: 'without authentication anyone reaching Bolt can write',
    },
    {
      name: 'dbms.security.allow_csv_import_from_file_urls',
      expect: { kind: 'equals', value: 'false' },
      why: 'LOAD CSV from file:/// URLs reads files of the database host',
    },
    {
      name: 'server.directories.import',
      expect: { kind: 'set' },
      why: 'unset, LOAD CSV may read the whole filesystem',
    },
    {
      name: 'dbms.security.procedures.unrestricted',
      expect: { kind: 'empty' },
      why: 'unrestricted procedures bypass the security checks of the database',
    },
    {
      name: 'db.transaction.timeout',
      expect: { kind: 'at-most', unit: 'duration', limit: `${embeddedTransactionTimeoutSeconds(config)}s` },
      why: 'the database itself must stop a runaway query that sent no timeout of its own',
    },
    {
      name: 'db.memory.transaction.max',
      expect: { kind: 'at-most', unit: 'bytes', limit: EMBEDDED_TRANSACTION_MAX_MEMORY },
      why: 'one greedy transaction must not take the memory of every other',
    },
  ];
}

export interface SettingFinding {
  name: string;
  problem: 'missing' | 'weaker';
  /** What the database reported (undefined when it does not list the setting). */
  actual?: string;
  expected: string;
  why: string;
}

/** Compares reported settings (name → value, null for unset) with the required ones. */
export function compareSettings(
  reported: ReadonlyMap<string, string | null>,
  required: readonly RequiredSetting[],
): SettingFinding[] {
  const findings: SettingFinding[] = [];
  for (const setting of required) {
    const expected = describeExpectation(setting.expect);
    if (!reported.has(setting.name)) {
      findings.push({ name: setting.name, problem: 'missing', expected, why: setting.why });
      continue;
    }
    const actual = reported.get(setting.name) ?? null;
    if (!satisfies(actual, setting.expect)) {
      const unset = actual === null || actual.trim() === '';
      findings.push({
        name: setting.name,
        problem: unset && setting.expect.kind !== 'empty' ? 'missing' : 'weaker',
        actual: actual ?? '',
        expected,
        why: setting.why,
      });
    }
  }
  return findings;
}

function satisfies(actual: string | null, expectation: Expectation): boolean {
  const value = (actual ?? '').trim();
  switch (expectation.kind) {
    case 'equals':
      return value.toLowerCase() === expectation.value.toLowerCase();
    case 'set':
      return value !== '' && value.toLowerCase() !== 'null';
    case 'empty':
      return value === '';
    case 'at-most': {
      const parse = expectation.unit === 'duration' ? parseDurationMs : parseBytes;
      const found = parse(value);
      const limit = parse(expectation.limit);
      return found !== undefined && limit !== undefined && found > 0 && found <= limit;
    }
  }
}

function describeExpectation(expectation: Expectation): string {
  switch (expectation.kind) {
    case 'equals':
      return expectation.value;
    case 'set':
      return 'a folder (any)';
    case 'empty':
      return 'empty';
    case 'at-most':
      return `above 0 and at most ${expectation.limit}`;
  }
}

const DURATION_UNITS_MS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** "30s", "1m30s", "500ms", "2h" (Neo4j's forms; a bare number counts as seconds) → ms. */
export function parseDurationMs(text: string): number | undefined {
  const value = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1_000;
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join('') !== value) return undefined;
  return parts.reduce((sum, part) => sum + Number(part[1]) * (DURATION_UNITS_MS[part[2] ?? ''] ?? 0), 0);
}

const BYTE_UNITS: Record<string, number> = {
  b: 1,
  k: 2 ** 10,
  kb: 2 ** 10,
  kib: 2 ** 10,
  m: 2 ** 20,
  mb: 2 ** 20,
  mib: 2 ** 20,
  g: 2 ** 30,
  gb: 2 ** 30,
  gib: 2 ** 30,
  t: 2 ** 40,
  tb: 2 ** 40,
  tib: 2 ** 40,
};

/** "512m", "512.00MiB", "0B", "1g" (Neo4j's input and SHOW SETTINGS forms; binary units) → bytes. */
export function parseBytes(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  const unit = BYTE_UNITS[match[2] || 'b'];
  return unit === undefined ? undefined : Number(match[1]) * unit;
}

/** The internal setting that blocks LOAD CSV over the network (SHOW SETTINGS does not list it). */
export const NETWORK_BLOCK_SETTING = 'internal.dbms.cypher_ip_blocklist';

/**
 * Reads the outcome of a LOAD CSV from a loopback URL (see cypher/health/probe-remote-load.cypher):
 * refused by the block-list, the error names the setting; any other outcome means the database
 * tried to connect, so the block is missing.
 */
export function networkBlockFinding(probeError: string | undefined): SettingFinding | undefined {
  if (probeError?.includes(NETWORK_BLOCK_SETTING) || probeError?.includes('is blocked')) return undefined;
  return {
    name: NETWORK_BLOCK_SETTING,
    problem: 'missing',
    actual: probeError === undefined ? 'LOAD CSV reached the network' : `LOAD CSV tried: ${probeError}`,
    expected: '0.0.0.0/0,::/0 (every address)',
    why: 'LOAD CSV over http(s) is a read, so read-only analyst queries could fetch from the network',
  };
}

/** One warning line per finding: the setting, what was found, what is needed, and why. */
export function describeFinding(finding: SettingFinding): string {
  const found = finding.actual === undefined ? 'not listed by the database' : `is "${finding.actual}"`;
  return `${finding.name} ${found}; expected ${finding.expected} (${finding.why})`;
}
