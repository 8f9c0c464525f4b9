// Labels, relationship types and property keys with counts, for the legend and the Cypher
// editor's autocompletion.
import type { Integer } from 'neo4j-driver';
import type { SchemaResponse } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { BOOKKEEPING_LABELS, BOOKKEEPING_TYPES } from './bookkeeping.ts';

export async function readSchema(db: Database): Promise<SchemaResponse> {
  const [counts, keys] = await Promise.all([
    db.read<{ kind: 'label' | 'type'; name: string; count: Integer }>('schemaCounts'),
    db.read<{ propertyKey: string }>('schemaPropertyKeys'),
  ]);
  const schema: SchemaResponse = { labels: [], relationshipTypes: [], propertyKeys: [] };
  for (const record of counts.records) {
    const count = record.get('count').toNumber();
    const name = record.get('name');
    if (record.get('kind') === 'label') {
      if (!BOOKKEEPING_LABELS.includes(name)) schema.labels.push({ label: name, count });
    } else if (!BOOKKEEPING_TYPES.includes(name)) schema.relationshipTypes.push({ type: name, count });
  }
  schema.propertyKeys = keys.records.map((record) => record.get('propertyKey'));
  return schema;
}
