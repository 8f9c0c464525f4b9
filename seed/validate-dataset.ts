// Pure validation and merge of import documents (no database): the loader, `npm run import` and
// POST /api/import all go through mergeDocuments, so every rule of the import format lives here
// (record-level merging in merge-records.ts, property merging in merge-properties.ts).
import { type DatasetError, issueToError, nodeRecordName, relationshipRecordName } from './dataset-errors.ts';
import {
  type DatasetDocument,
  datasetDocumentSchema,
  type NodeLabel,
  type RelationshipType,
} from './dataset-schema.ts';
import type { NeoValue } from './merge-properties.ts';
import { mergeNodes, mergeRelationships, type ParsedInput } from './merge-records.ts';

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
 */
export function mergeDocuments(
  inputs: DatasetInput[],
  options: { knownNodes?: Map<string, NodeLabel> } = {},
): MergeResult {
  const parsed: ParsedInput[] = [];
  const schemaErrors: DatasetError[] = [];
  for (const { file, data } of inputs) {
    const result = datasetDocumentSchema.safeParse(data);
    if (result.success) parsed.push({ file, doc: result.data });
    else schemaErrors.push(...result.error.issues.map((issue) => issueToError(file, data, issue)));
  }
  // Cross-document checks on a partial set would report ids that the invalid documents define.
  if (schemaErrors.length > 0) return { ok: false, errors: schemaErrors };

  const errors: DatasetError[] = [];
  const knownNodes = options.knownNodes ?? new Map<string, NodeLabel>();
  const sources = mergeSources(parsed, errors);
  errors.push(...referenceErrors(parsed, sources));
  const nodes = mergeNodes(parsed, knownNodes, errors);
  const labels = new Map([...knownNodes, ...nodes.map((node) => [node.id, node.label] as const)]);
  const relationships = mergeRelationships(parsed, labels, errors);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    dataset: { sources: sortById(sources), nodes: sortById(nodes), relationships: sortById(relationships) },
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

/** One Source per id; two documents may share a source only with identical metadata. */
function mergeSources(parsed: ParsedInput[], errors: DatasetError[]): MergedSource[] {
  const seen = new Map<string, { file: string; properties: Record<string, NeoValue> }>();
  for (const { file, doc } of parsed) {
    const properties: Record<string, NeoValue> = { ...doc.source };
    const earlier = seen.get(doc.source.id);
    if (!earlier) {
      seen.set(doc.source.id, { file, properties });
      continue;
    }
    const keys = [...new Set([...Object.keys(earlier.properties), ...Object.keys(properties)])].sort();
    const differing = keys.find(
      (key) => JSON.stringify(earlier.properties[key]) !== JSON.stringify(properties[key]),
    );
    if (differing === undefined) continue;
    errors.push({
      file,
      record: 'source',
      field: differing,
      message: `source "${doc.source.id}" is also declared in ${earlier.file} with ${differing} ${JSON.stringify(earlier.properties[differing])}; a source id must carry the same metadata everywhere`,
    });
  }
  return [...seen].map(([id, { properties }]) => ({ id, properties }));
}

/**
 * `props.reference` marks a fact the articles mention but do not state (reference geography). Such a
 * fact is cited from the reference source (a gazetteer), so its record lives in that source's
 * document, never in an article's, where the article's quote would seem to state it; and every record
 * of a reference document says so with `reference` naming that document's own source.
 */
function referenceErrors(parsed: ParsedInput[], sources: MergedSource[]): DatasetError[] {
  const referenceSources = sources.filter((s) => s.properties.reference === true).map((s) => s.id);
  return parsed.flatMap(({ file, doc }) => {
    const own = doc.source.id;
    const isReference = doc.source.reference === true;
    const check = (record: string, props: Record<string, unknown> | undefined): DatasetError[] => {
      const reference = props?.reference;
      const fail = (message: string) => [{ file, record, field: 'props.reference', message }];
      if (isReference) {
        if (reference === own) return [];
        return fail(
          `a record of the reference source "${own}" must say so: expected "reference": "${own}", got ${JSON.stringify(reference)}`,
        );
      }
      if (reference === undefined) return [];
      const where = referenceSources.includes(String(reference))
        ? `the document of "${reference}"`
        : 'the document of a reference source (one whose source has "reference": true)';
      return fail(
        `reference ${JSON.stringify(reference)} in an article: a fact the article does not state is cited from the reference, so its record belongs in ${where}, not beside an article quote`,
      );
    };
    return [
      ...doc.nodes.flatMap((node, i) => check(nodeRecordName(i, node), node.props)),
      ...doc.relationships.flatMap((rel, i) => check(relationshipRecordName(i, rel), rel.props)),
    ];
  });
}

function sortById<T extends { id: string }>(items: T[]): T[] {
  // Code-unit order rather than localeCompare: the output must not depend on the machine's locale.
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
