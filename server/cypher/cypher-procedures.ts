// The procedures an analyst may call, shared by the text check and the plan check.
import { badRequest } from '../shared/errors.ts';

/** Procedures an analyst may call: schema introspection, the full-text index and the version. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
  'dbms.components',
]);

/**
 * Allowed procedures that Neo4j runs in DBMS mode, so EXPLAIN types their queries `s` (schema) although
 * they only read. Checked with EXPLAIN on 5.26: of the list above only dbms.components plans as `s`;
 * the others plan as `r`.
 */
export const READ_ONLY_DBMS_PROCEDURES = new Set(['dbms.components']);

export const procedureRefused = (name: string) =>
  badRequest(
    'procedure-refused',
    `CALL ${name || 'of this procedure'} is refused: analyst queries may call only ${[...ALLOWED_PROCEDURES].join(', ')}.`,
  );
