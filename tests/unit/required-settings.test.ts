import { describe, expect, it } from 'vitest';
import {
  compareSettings,
  describeFinding,
  EMBEDDED_TRANSACTION_MAX_MEMORY,
  networkBlockFinding,
  parseBytes,
  parseDurationMs,
  requiredSettings,
} from '../../server/database/required-settings.ts';

const required = requiredSettings({ QUERY_TIMEOUT_MS: 10_000 });

/** What the embedded database reports (SHOW SETTINGS forms), which must pass. */
const embedded = new Map<string, string | null>([
  ['dbms.security.auth_enabled', 'true'],
  ['dbms.security.allow_csv_import_from_file_urls', 'false'],
  ['server.directories.import', '/tmp/store/import'],
  ['dbms.security.procedures.unrestricted', ''],
  ['db.transaction.timeout', '30s'],
  ['db.memory.transaction.max', '512.00MiB'],
]);
const withValue = (name: string, value: string | null) => new Map([...embedded, [name, value]]);
const without = (name: string) => new Map([...embedded].filter(([key]) => key !== name));

describe('compareSettings', () => {
  it('finds nothing on the settings the embedded database reports', () => {
    expect(compareSettings(embedded, required)).toEqual([]);
  });

  it('names a setting the database does not list as missing', () => {
    const findings = compareSettings(without('db.memory.transaction.max'), required);
    expect(findings).toEqual([
      expect.objectContaining({ name: 'db.memory.transaction.max', problem: 'missing' }),
    ]);
    expect(findings[0]?.actual).toBeUndefined();
  });

  it.each([
    ['dbms.security.auth_enabled', 'false', 'weaker'],
    ['dbms.security.allow_csv_import_from_file_urls', 'true', 'weaker'],
    ['server.directories.import', null, 'missing'],
    ['server.directories.import', '', 'missing'],
    ['dbms.security.procedures.unrestricted', 'apoc.*', 'weaker'],
    // Zero is Neo4j's "no limit": the weakest value of all.
    ['db.transaction.timeout', '0s', 'weaker'],
    ['db.transaction.timeout', '1m', 'weaker'],
    ['db.transaction.timeout', '31s', 'weaker'],
    ['db.memory.transaction.max', '0B', 'weaker'],
    ['db.memory.transaction.max', '1.00GiB', 'weaker'],
  ])('%s = %j is %s', (name, value, problem) => {
    const findings = compareSettings(withValue(name, value), required);
    expect(findings).toEqual([expect.objectContaining({ name, problem, actual: value ?? '' })]);
  });

  it.each([
    ['db.transaction.timeout', '10s'],
    ['db.transaction.timeout', '500ms'],
    ['db.memory.transaction.max', '256.00MiB'],
    ['dbms.security.auth_enabled', 'TRUE'],
  ])('accepts the stricter or equal %s = %j', (name, value) => {
    expect(compareSettings(withValue(name, value), required)).toEqual([]);
  });

  it('follows the API query timeout: three times it is the most the database may allow', () => {
    const longer = requiredSettings({ QUERY_TIMEOUT_MS: 20_000 });
    expect(compareSettings(withValue('db.transaction.timeout', '1m'), longer)).toEqual([]);
    expect(compareSettings(withValue('db.transaction.timeout', '61s'), longer)).toHaveLength(1);
  });

  it('says in its warning what was found, what is expected and why', () => {
    const [finding] = compareSettings(withValue('db.transaction.timeout', '0s'), required);
    expect(finding).toBeDefined();
    const text = describeFinding(finding as NonNullable<typeof finding>);
    expect(text).toMatch(/^db\.transaction\.timeout is "0s"; expected above 0 and at most 30s \(.*runaway/);
  });
});

describe('networkBlockFinding', () => {
  it('is satisfied when the database refuses LOAD CSV by its block-list', () => {
    const refusal =
      "Cannot load from URL 'http://127.0.0.1:1/x.csv': access to /127.0.0.1 is blocked via the configuration property internal.dbms.cypher_ip_blocklist";
    expect(networkBlockFinding(refusal)).toBeUndefined();
  });

  it('reports the block missing when the database tried to connect', () => {
    const finding = networkBlockFinding("Couldn't load the external resource at: http://127.0.0.1:1/x.csv");
    expect(finding).toMatchObject({ name: 'internal.dbms.cypher_ip_blocklist', problem: 'missing' });
    expect(finding?.actual).toContain("Couldn't load");
  });
});

describe('setting value parsers', () => {
  it.each([
    ['30s', 30_000],
    ['1m30s', 90_000],
    ['500ms', 500],
    ['2h', 7_200_000],
    ['0s', 0],
    ['45', 45_000],
  ])('parses the duration %j', (text, expected) => expect(parseDurationMs(text)).toBe(expected));

  it.each([
    ['512m', 512 * 2 ** 20],
    ['512.00MiB', 512 * 2 ** 20],
    ['0B', 0],
    ['1g', 2 ** 30],
    ['2048', 2048],
  ])('parses the size %j', (text, expected) => expect(parseBytes(text)).toBe(expected));

  it('refuses what it cannot read instead of guessing', () => {
    expect(parseDurationMs('soon')).toBeUndefined();
    expect(parseBytes('lots')).toBeUndefined();
  });

  it('takes the embedded cap in a form it reads', () => {
    expect(parseBytes(EMBEDDED_TRANSACTION_MAX_MEMORY)).toBeGreaterThan(0);
  });
});
