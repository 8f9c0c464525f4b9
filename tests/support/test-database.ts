// A driver on the test database for checks that go around the API (graph unchanged, settings).
import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';

export function testDriver(): Driver {
  return neo4j.driver(inject('neo4jUri'), neo4j.auth.basic(inject('neo4jUser'), inject('neo4jPassword')));
}

/**
 * A fingerprint of the whole graph's content: a hash over every node (element id, sorted labels,
 * properties) and every relationship (type, endpoints, properties), in a stable order, so that a
 * changed property or a re-pointed relationship shows, not only a changed count. `exceptLabels`
 * leaves out nodes of bookkeeping labels a change is expected to add (e.g. its AuditEntry).
 */
export async function graphFingerprint(
  driver: Driver,
  options: { exceptLabels?: string[] } = {},
): Promise<string> {
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE none(label IN labels(n) WHERE label IN $except)
     RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`,
    { except: options.exceptLabels ?? [] },
  );
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS source, elementId(b) AS target,
            properties(r) AS props
     ORDER BY id`,
  );
  const hash = createHash('sha256');
  for (const record of nodes.records) {
    const labels = [...(record.get('labels') as string[])].sort();
    hash.update(`node ${stableJson([record.get('id'), labels, record.get('props')])}\n`);
  }
  for (const record of relationships.records) {
    const fields = ['id', 'type', 'source', 'target', 'props'].map((key) => record.get(key));
    hash.update(`rel ${stableJson(fields)}\n`);
  }
  return `${nodes.records.length} nodes, ${relationships.records.length} relationships, ${hash.digest('hex')}`;
}

/** JSON with object keys sorted and Neo4j integers and temporals as their string forms. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => {
    if (neo4j.isInt(v)) return `int:${v.toString()}`;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const proto = Object.getPrototypeOf(v);
      // Driver temporals and points are class instances: their toString is their Cypher literal.
      if (proto !== Object.prototype && proto !== null) return `${proto.constructor?.name}:${String(v)}`;
      return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

export async function schemaFingerprint(driver: Driver): Promise<string> {
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names');
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
  const users = await driver.executeQuery(
    'SHOW USERS YIELD user RETURN collect(user) AS users',
    {},
    { database: 'system' },
  );
  return JSON.stringify([
    indexes.records[0]?.get('names').sort(),
    constraints.records[0]?.get('names').sort(),
    users.records[0]?.get('users').sort(),
  ]);
}

/** Ids of the analyst transactions Neo4j is running (the API tags them with metadata query "analyst-…"). */
export async function analystTransactions(driver: Driver): Promise<string[]> {
  const result = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD transactionId, metaData
     WHERE coalesce(metaData.query, '') STARTS WITH 'analyst-'
     RETURN transactionId`,
  );
  return result.records.map((record) => String(record.get('transactionId')));
}
