// Errors of the import format: each names the file, the record and the field, and says what was
// expected, so an analyst can fix a document without reading the validator.
import type { z } from 'zod';
import type { PropertyProblem } from './merge-properties.ts';

export interface DatasetError {
  file: string;
  /** e.g. 'nodes[3] (id "vitagora")' or 'relationships[7] (vitagora -MEMBER_OF-> naro)'. */
  record: string;
  field: string;
  message: string;
}

/** One line per error, as the loader and the CLI print them. */
export function formatDatasetError(error: DatasetError): string {
  return `${error.file}: ${error.record}: ${error.field}: ${error.message}`;
}

export function nodeRecordName(index: number, node: { id?: unknown }): string {
  return typeof node.id === 'string' ? `nodes[${index}] (id "${node.id}")` : `nodes[${index}]`;
}

export function relationshipRecordName(
  index: number,
  rel: { from?: unknown; type?: unknown; to?: unknown; key?: unknown },
): string {
  const { from, type, to, key } = rel;
  if (typeof from !== 'string' || typeof type !== 'string' || typeof to !== 'string') {
    return `relationships[${index}]`;
  }
  const keyPart = typeof key === 'string' ? `[${key}]` : '';
  return `relationships[${index}] (${from} -${type}${keyPart}-> ${to})`;
}

/** A zod issue on a whole document, turned into file / record / field (path inside the record). */
export function issueToError(file: string, data: unknown, issue: z.core.$ZodIssue): DatasetError {
  const path = [...issue.path];
  const doc = (data ?? {}) as Record<string, unknown>;
  let record = '(document)';
  let rest = path;
  const [section, index] = path;
  if (section === 'source') {
    record = 'source';
    rest = path.slice(1);
  } else if ((section === 'nodes' || section === 'relationships') && typeof index === 'number') {
    const raw = ((doc[section] as unknown[] | undefined)?.[index] ?? {}) as Record<string, unknown>;
    record = section === 'nodes' ? nodeRecordName(index, raw) : relationshipRecordName(index, raw);
    rest = path.slice(2);
  }
  let field = rest
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
  if (issue.code === 'unrecognized_keys') field = [field, issue.keys.join(', ')].filter(Boolean).join('.');
  return { file, record, field: field || '(root)', message: issue.message };
}

export function problemToError(problem: PropertyProblem): DatasetError {
  const { origin, field, message } = problem;
  return { file: origin.file, record: origin.record, field, message };
}
