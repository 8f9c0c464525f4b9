// Pure validation and merge of import documents (no database). Every rule of the import format lives
// in this floor: the checks record by record in dataset-check.ts (which the streaming loader runs
// too), record-level merging in merge-records.ts, property merging in merge-properties.ts.
import { DatasetCheck, originOf, visitDocument } from './dataset-check.ts';
import { type DatasetError, nodeRecordName, relationshipRecordName } from './dataset-errors.ts';
import type { DatasetDocument, NodeLabel, RelationshipType } from './dataset-schema.ts';
import type { NeoValue } from './merge-properties.ts';
import { mergeRelationship, type RelationshipOccurrence } from './merge-records.ts';

export type { DatasetError } from './dataset-errors.ts';
export { formatDatasetError } from './dataset-errors.ts';
export type { NeoValue } from './merge-properties.ts';

export interface DatasetInput {
  /** File name used in error messages. */
  file: string;
  data: unknown;
}

/** Properties: id, name, nameEn?, aliases?, kind?, the merged props, sources and quotes (parallel lists). */
export interface MergedNode {
  id: string;
  label: NodeLabel;
  properties: Record<string, NeoValue>;
}

/** `id` is relationshipId(record); properties: id, key?, the merged props, sources and quotes. */
export interface MergedRelationship {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, NeoValue>;
}

export interface MergedSource {
  id: string;
  properties: Record<string, NeoValue>;
}

export interface MergedDataset {
  sources: MergedSource[];
  nodes: MergedNode[];
  relationships: MergedRelationship[];
}

export type MergeResult = { ok: true; dataset: MergedDataset } | { ok: false; errors: DatasetError[] };

/**
 * Validates documents against the import format and each other, then merges them into one dataset:
 * citations accumulate, aliases are unioned and disagreeing property values are kept side by side
 * (`members: [680, 670]` with `membersSources`), so no source silently wins.
 * `knownNodes` are ids already in the database, with their labels, that relationships may point to.
 * The checks are DatasetCheck's, record by record, which the streaming loader uses too.
 */
export function mergeDocuments(
  inputs: DatasetInput[],
  options: { knownNodes?: Map<string, NodeLabel> } = {},
): MergeResult {
  const check = new DatasetCheck();
  const occurrences = new Map<string, RelationshipOccurrence[]>();
  check.onRelationship = ({ id, record, recordName }, file) => {
    const source = check.sourceOf(file);
    if (!source) return;
    const list = occurrences.get(id) ?? [];
    list.push({ record, origin: originOf(file, recordName, source) });
    occurrences.set(id, list);
  };
  for (const { file, data } of inputs) visitDocument(file, data, check);
  const checked = check.finish(options.knownNodes);
  if (!checked.ok) return checked;
  const errors: DatasetError[] = [];
  const relationships = [...occurrences].map(([id, list]) => mergeRelationship(id, list, errors));
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    dataset: { sources: checked.sources, nodes: checked.nodes, relationships: sortById(relationships) },
  };
}

/** Ids that relationships use but no input defines: the loader looks them up in the database. */
export function referencedUnknownIds(inputs: DatasetInput[]): string[] {
  const defined = new Set<string>();
  const referenced = new Set<string>();
  const records = (value: unknown): Record<string, unknown>[] =>
    Array.isArray(value) ? value.filter((item) => typeof item === 'object' && item !== null) : [];
  for (const { data } of inputs) {
    const doc = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
    for (const node of records(doc.nodes)) if (typeof node.id === 'string') defined.add(node.id);
    for (const rel of records(doc.relationships)) {
      for (const end of [rel.from, rel.to]) if (typeof end === 'string') referenced.add(end);
    }
  }
  return [...referenced].filter((id) => !defined.has(id)).sort();
}

/**
 * Quotes that do not occur verbatim in the source text. Only runs of whitespace may differ (JS `\s`,
 * which includes the non-breaking spaces French typography puts inside « »); nothing else is folded,
 * so a straight apostrophe does not match a curly one. `file` names the document in the errors.
 */
export function findMisquotes(doc: DatasetDocument, sourceText: string, file?: string): DatasetError[] {
  const text = collapseWhitespace(sourceText);
  const errorFile = file ?? doc.source.file ?? doc.source.id;
  const check = (record: string, quote: string): DatasetError[] => {
    const wanted = collapseWhitespace(quote).trim();
    if (text.includes(wanted)) return [];
    // Prefixes that occur shrink monotonically, so a binary search finds where the quote departs.
    let low = 0;
    let high = wanted.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (text.includes(wanted.slice(0, mid))) low = mid;
      else high = mid - 1;
    }
    const message = `quote not found verbatim in the source text: the first ${low} characters match, then it differs at "${wanted.slice(low, low + 40)}"`;
    return [{ file: errorFile, record, field: 'quote', message }];
  };
  return [
    ...doc.nodes.flatMap((node, i) => check(nodeRecordName(i, node), node.quote)),
    ...doc.relationships.flatMap((rel, i) => check(relationshipRecordName(i, rel), rel.quote)),
  ];
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function sortById<T extends { id: string }>(items: T[]): T[] {
  // Code-unit order rather than localeCompare: the output must not depend on the machine's locale.
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
