// The embedded database's own safety settings (issue: foundation). These check the database, not
// the API: even a client that bypasses the API cannot read files or run forever.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { testDriver } from '../support/test-database.ts';

const driver = testDriver();
afterAll(() => driver.close());

// Only the embedded launcher's settings are ours to check; an external database has its own.
describe.runIf(inject('databaseKind') === 'embedded')('embedded Neo4j', () => {
  it('refuses LOAD CSV from file: URLs', async () => {
    await expect(
      driver.executeQuery("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1"),
    ).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.ExternalResourceFailed' });
  });

  it('refuses LOAD CSV over the network (READ transactions would allow it)', async () => {
    await expect(
      driver.executeQuery("LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS line RETURN line"),
    ).rejects.toMatchObject({ message: expect.stringContaining('cypher_ip_blocklist') });
  });

  it('stops a write-free runaway query with its own transaction timeout when the client sends none', async () => {
    const started = Date.now();
    await expect(
      driver.executeQuery('UNWIND range(1, 100000000000) AS x WITH x WHERE x < 0 RETURN count(x)'),
    ).rejects.toMatchObject({ code: expect.stringMatching(/TransactionTimedOut/) });
    // The test launcher sets a 20 s server timeout: the query ends near it, not never.
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it('applies the transaction limits once start-up is done, so they bind every later query', async () => {
    const result = await driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name IN ['db.transaction.timeout', 'db.memory.transaction.max'] RETURN name, value ORDER BY name",
    );
    const settings = Object.fromEntries(result.records.map((r) => [r.get('name'), r.get('value')]));
    // The test launcher passes 20s and the default 512m (0 would mean "no limit").
    expect(settings['db.transaction.timeout']).toBe('20s');
    expect(settings['db.memory.transaction.max']).toMatch(/^512(\.0+)?\s?(m|MiB)/i);
  });

  it('refuses a wrong password (auth is on)', async () => {
    const { default: neo4j } = await import('neo4j-driver');
    const intruder = neo4j.driver(inject('neo4jUri'), neo4j.auth.basic('neo4j', 'not-the-password'));
    await expect(intruder.executeQuery('RETURN 1')).rejects.toMatchObject({
      code: 'Neo.ClientError.Security.Unauthorized',
    });
    await intruder.close();
  });

  it('listens on Bolt only: the HTTP connector is off', async () => {
    const result = await driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name IN ['server.http.enabled', 'server.bolt.listen_address'] RETURN name, value ORDER BY name",
    );
    const settings = Object.fromEntries(result.records.map((r) => [r.get('name'), r.get('value')]));
    expect(settings['server.http.enabled']).toBe('false');
    expect(settings['server.bolt.listen_address']).toMatch(/^127\.0\.0\.1:/);
  });
});
