// A driver on the test database for checks that go around the API (graph unchanged, settings).
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';

export function testDriver(): Driver {
  return neo4j.driver(inject('neo4jUri'), neo4j.auth.basic(inject('neo4jUser'), inject('neo4jPassword')));
}

/** A fingerprint of the whole graph: counts of nodes, relationships, labels and property keys. */
export async function graphFingerprint(driver: Driver): Promise<string> {
  const result = await driver.executeQuery(
    `MATCH (n) WITH count(n) AS nodes
     OPTIONAL MATCH ()-[r]->() WITH nodes, count(r) AS relationships
     CALL db.labels() YIELD label WITH nodes, relationships, collect(label) AS labels
     CALL db.propertyKeys() YIELD propertyKey
     RETURN nodes, relationships, labels, count(propertyKey) AS keys`,
  );
  const record = result.records[0];
  return JSON.stringify(record?.toObject(), (_key, value) => (neo4j.isInt(value) ? value.toString() : value));
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
