// Each record a row makes is checked against the import format at once, so a format rule it breaks
// (a quote too short, a status outside the vocabulary) is reported on its row and column, not later
// on a record name the analyst never wrote.
import {
  type NodeRecord,
  nodeRecordSchema,
  type RelationshipRecord,
  relationshipRecordSchema,
} from '../../../seed/dataset-schema.ts';
import type { SpreadsheetField } from '../../contract/spreadsheet.ts';
import type { RowContext } from './row-context.ts';

/** The field a record's path comes from: the quote, the date, the status, else the name. */
function fieldOfPath(path: PropertyKey[], fallback: SpreadsheetField): SpreadsheetField {
  const [first, second] = path;
  if (first === 'quote') return 'quote';
  if (first === 'props' && (second === 'status' || second === 'date' || second === 'since'))
    return second === 'status' ? 'status' : 'date';
  return fallback;
}

export function addNode(ctx: RowContext, record: NodeRecord, field: SpreadsheetField): void {
  const parsed = nodeRecordSchema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.error(fieldOfPath(issue.path, field), issue.message);
    return;
  }
  ctx.nodes.push(parsed.data);
}

export function addRelationship(ctx: RowContext, record: RelationshipRecord, field: SpreadsheetField): void {
  const parsed = relationshipRecordSchema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.error(fieldOfPath(issue.path, field), issue.message);
    return;
  }
  ctx.relationships.push(parsed.data);
}
