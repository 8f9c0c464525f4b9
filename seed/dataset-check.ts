// The import format's checks, record by record, so that they run on a stream: a document of a
// million relationships is checked without being held in memory. What needs more than one record
// is kept small (seed/compact-ids.ts): node records (a tenth of the relationships, and merged at the
// end), one number per relationship (duplicates), and the relationships whose endpoint was not seen
// yet, as numbers. Whatever is kept is copied out of the stream parser's buffers.
// mergeDocuments (validate-dataset.ts) and the streaming loader both go through this class.
import type { z } from 'zod';
import { DeferredRelationships, detached, detachedRecord, IdTable, relationshipKey } from './compact-ids.ts';
import { type DatasetError, issueToError, nodeRecordName, relationshipRecordName } from './dataset-errors.ts';
import {
  datasetDocumentSchema,
  type NodeLabel,
  type NodeRecord,
  nodeRecordSchema,
  type RelationshipRecord,
  relationshipId,
  relationshipRecordSchema,
  type SourceRecord,
  sourceRecordSchema,
} from './dataset-schema.ts';
import type { NeoValue, Origin } from './merge-properties.ts';
import { endpointsAllowed, mergeNodes, type ParsedInput } from './merge-records.ts';
import type { MergedNode, MergedSource } from './validate-dataset.ts';

/** What a reader of one document calls, in the document's order (the source may come last). */
export interface DocumentVisitor {
  begin(file: string): void;
  source(raw: unknown): void;
  node(index: number, raw: unknown): void;
  relationship(index: number, raw: unknown): void;
  /** `nodes` or `relationships` is a list (its records follow). */
  list(section: 'nodes' | 'relationships'): void;
  /** A top-level member other than the three, or `nodes`/`relationships` when not a list. */
  other(key: string, raw: unknown): void;
  /** The document is not a JSON object at all. */
  notAnObject(raw: unknown): void;
  end(): void;
}

/** A relationship that passed the format, with where it was read. */
export interface CheckedRelationship {
  id: string;
  record: RelationshipRecord;
  recordName: string;
}

export type CheckResult =
  | { ok: false; errors: DatasetError[] }
  | {
      ok: true;
      sources: MergedSource[];
      nodes: MergedNode[];
      /** Relationship ids that more than one document cites: merged from all their occurrences. */
      repeated: Set<string>;
      /** Distinct relationships, and relationship records read. */
      relationshipCount: number;
      relationshipRecords: number;
      /** The source each document declares (the write pass needs it before the document's records). */
      sourceOfFile: Map<string, SourceRecord>;
    };

interface DocumentState {
  file: string;
  source?: SourceRecord;
  sourceRaw?: unknown;
  others: Record<string, unknown>;
  lists: Set<string>;
  nodes: NodeRecord[];
  /** Relationship (its key, see relationshipKey) → index in this document, for the duplicate rule. */
  relationshipIndex: Map<number | string, number>;
  /** Records read before the source, whose reference rule waits for it. */
  awaitingSource: { record: string; reference: unknown }[];
  /** Quotes read before the source, checked against its `text` once it is read. */
  awaitingQuotes: { record: string; quote: string }[];
  notAnObject?: unknown;
  /** The source's text with runs of whitespace made one space, for the quote check. */
  collapsedText?: string;
}

export class DatasetCheck implements DocumentVisitor {
  private readonly formatErrors: DatasetError[] = [];
  private readonly sourceErrors: DatasetError[] = [];
  private readonly relationshipErrors: DatasetError[] = [];
  /** Records citing `props.reference`, judged at the end when every source is known. */
  private readonly references: { file: string; record: string; reference: unknown; own: string }[] = [];
  private readonly referenceDocumentRecords: {
    file: string;
    record: string;
    reference: unknown;
    own: string;
  }[] = [];
  private readonly sources = new Map<string, { file: string; properties: Record<string, NeoValue> }>();
  private readonly sourceOfFile = new Map<string, SourceRecord>();
  private readonly parsed: ParsedInput[] = [];
  /** Every node and endpoint id read, once. */
  private readonly ids = new IdTable();
  /** Node id (the table's copy) → label, of the nodes the documents define. */
  private readonly labels = new Map<string, NodeLabel>();
  private readonly deferred = new DeferredRelationships(this.ids);
  /** Endpoint ids, by their number in `ids`. */
  private readonly endpointIds = new Set<number>();
  /** Relationships read (their relationshipKey), for the duplicate and repetition rules. */
  private readonly seen = new Set<number | string>();
  private readonly repeated = new Set<string>();
  private relationshipRecords = 0;
  private doc: DocumentState | undefined;
  /** Set by the caller of `relationship` to receive each relationship that passes. */
  onRelationship?: (checked: CheckedRelationship, file: string) => void;

  begin(file: string): void {
    this.doc = {
      file,
      others: {},
      lists: new Set(),
      nodes: [],
      relationshipIndex: new Map(),
      awaitingSource: [],
      awaitingQuotes: [],
    };
  }

  source(raw: unknown): void {
    const doc = this.current();
    doc.sourceRaw = raw;
    const parsed = sourceRecordSchema.safeParse(raw);
    // Its errors are reported once, by the document check in end().
    if (!parsed.success) return;
    doc.source = detachedRecord(parsed.data);
    for (const waiting of doc.awaitingSource) this.noteReference(doc, waiting.record, waiting.reference);
    doc.awaitingSource = [];
    for (const waiting of doc.awaitingQuotes) this.checkQuote(doc, waiting.record, waiting.quote);
    doc.awaitingQuotes = [];
  }

  node(index: number, raw: unknown): void {
    const doc = this.current();
    const parsed = nodeRecordSchema.safeParse(raw);
    if (!parsed.success) {
      this.recordIssues(doc.file, 'nodes', index, raw, parsed.error.issues);
      return;
    }
    const node = detachedRecord(parsed.data);
    doc.nodes[index] = node;
    if (!this.labels.has(node.id)) this.labels.set(this.ids.stored(node.id), node.label);
    this.reference(doc, nodeRecordName(index, node), node.props?.reference);
    this.quote(doc, nodeRecordName(index, node), node.quote);
  }

  relationship(index: number, raw: unknown): void {
    const doc = this.current();
    this.relationshipRecords++;
    const parsed = relationshipRecordSchema.safeParse(raw);
    if (!parsed.success) {
      this.recordIssues(doc.file, 'relationships', index, raw, parsed.error.issues);
      return;
    }
    const rel = parsed.data;
    const record = relationshipRecordName(index, rel);
    this.reference(doc, record, rel.props?.reference);
    this.quote(doc, record, rel.quote);
    const id = relationshipId(rel);
    const key = relationshipKey(this.ids, rel, id);
    const twin = doc.relationshipIndex.get(key);
    if (twin !== undefined) {
      this.relationshipErrors.push({
        file: doc.file,
        record,
        field: 'key',
        message: `duplicate relationship (already at relationships[${twin}]); give each a distinct "key" to keep both`,
      });
      return;
    }
    doc.relationshipIndex.set(key, index);
    if (this.seen.has(key)) this.repeated.add(detached(id));
    else this.seen.add(typeof key === 'string' ? detached(key) : key);
    this.endpointIds.add(this.ids.intern(rel.from));
    this.endpointIds.add(this.ids.intern(rel.to));
    if (this.labels.has(rel.from) && this.labels.has(rel.to))
      this.checkEndpoints(doc.file, record, rel, this.labels);
    else this.deferred.add(doc.file, index, rel);
    this.onRelationship?.({ id, record: rel, recordName: record }, doc.file);
  }

  list(section: 'nodes' | 'relationships'): void {
    this.current().lists.add(section);
  }

  other(key: string, raw: unknown): void {
    this.current().others[key] = raw;
  }

  notAnObject(raw: unknown): void {
    this.current().notAnObject = raw;
  }

  end(): void {
    const doc = this.current();
    // The document's own shape (its source, unknown members, lists that are not lists), checked by the
    // same schema as a whole document, with the records left out: they were checked one by one.
    const skeleton =
      'notAnObject' in doc
        ? doc.notAnObject
        : {
            ...doc.others,
            ...Object.fromEntries([...doc.lists].map((section) => [section, []])),
            source: doc.sourceRaw,
          };
    const checked = datasetDocumentSchema.safeParse(skeleton);
    if (!checked.success) {
      this.formatErrors.push(...checked.error.issues.map((issue) => issueToError(doc.file, skeleton, issue)));
    }
    if (doc.source) {
      this.parsed.push({ file: doc.file, doc: { source: doc.source, nodes: doc.nodes, relationships: [] } });
      this.sourceOfFile.set(doc.file, doc.source);
      this.mergeSource(doc.file, doc.source);
    }
    this.doc = undefined;
  }

  /** The source a document declared (the current document's as soon as it has been read). */
  sourceOf(file: string): SourceRecord | undefined {
    return this.doc?.file === file ? this.doc.source : this.sourceOfFile.get(file);
  }

  /** Ids that relationships use but no document defines: the loader looks them up in the database. */
  unknownEndpointIds(): string[] {
    return [...this.endpointIds]
      .map((n) => this.ids.id(n))
      .filter((id) => !this.labels.has(id))
      .sort();
  }

  /** Every node id of the import, for the database's label check. */
  nodeIds(): string[] {
    return [...this.labels.keys()];
  }

  /**
   * The cross-record verdict. `knownNodes` are ids already in the database with their labels.
   * Format errors alone are returned when there are any: cross-document checks on a partial set
   * would report ids that the invalid records define.
   */
  finish(knownNodes: Map<string, NodeLabel> = new Map()): CheckResult {
    if (this.formatErrors.length > 0) return { ok: false, errors: this.formatErrors };
    const errors: DatasetError[] = [...this.sourceErrors, ...this.referenceErrors()];
    const nodes = mergeNodes(this.parsed, knownNodes, errors);
    const labels = new Map([...knownNodes, ...this.labels]);
    const endpointErrors: DatasetError[] = [];
    for (const { file, index, rel } of this.deferred) {
      endpointsAllowed(rel, labels, (field, message) =>
        endpointErrors.push({ file, record: relationshipRecordName(index, rel), field, message }),
      );
    }
    // One push per error: spreading 100,000 of them as arguments overflows the stack.
    for (const error of [this.relationshipErrors, endpointErrors].flat()) errors.push(error);
    if (errors.length > 0) return { ok: false, errors };
    return {
      ok: true,
      sources: sortById([...this.sources].map(([id, { properties }]) => ({ id, properties }))),
      nodes: sortById(nodes),
      repeated: this.repeated,
      relationshipCount: this.seen.size,
      relationshipRecords: this.relationshipRecords,
      sourceOfFile: this.sourceOfFile,
    };
  }

  private current(): DocumentState {
    if (!this.doc) throw new Error('DatasetCheck: a record was given outside begin()/end()');
    return this.doc;
  }

  private checkEndpoints(
    file: string,
    record: string,
    rel: RelationshipRecord,
    labels: Map<string, NodeLabel>,
  ): void {
    endpointsAllowed(rel, labels, (field, message) =>
      this.relationshipErrors.push({ file, record, field, message }),
    );
  }

  private recordIssues(
    file: string,
    section: 'nodes' | 'relationships',
    index: number,
    raw: unknown,
    issues: z.core.$ZodIssue[],
  ): void {
    // issueToError names the record from the document; a one-record document says the same.
    const holder = { [section]: { [index]: raw } };
    for (const issue of issues) {
      this.formatErrors.push(issueToError(file, holder, { ...issue, path: [section, index, ...issue.path] }));
    }
  }

  private quote(doc: DocumentState, record: string, quote: string): void {
    if (doc.source) this.checkQuote(doc, record, quote);
    else doc.awaitingQuotes.push({ record, quote });
  }

  /** With the article's `text` in the document, every quote must be in it (only whitespace may differ). */
  private checkQuote(doc: DocumentState, record: string, quote: string): void {
    const text = doc.source?.text;
    if (text === undefined) return;
    doc.collapsedText ??= collapseWhitespace(text);
    if (doc.collapsedText.includes(collapseWhitespace(quote).trim())) return;
    this.sourceErrors.push({
      file: doc.file,
      record,
      field: 'quote',
      message: `quote not found verbatim in the source's text: ${JSON.stringify(quote.slice(0, 80))}`,
    });
  }

  private reference(doc: DocumentState, record: string, reference: unknown): void {
    if (doc.source) this.noteReference(doc, record, reference);
    else doc.awaitingSource.push({ record, reference });
  }

  /** Only records that may break the reference rule are kept (see referenceErrors). */
  private noteReference(doc: DocumentState, record: string, reference: unknown): void {
    const source = doc.source as SourceRecord;
    if (source.reference === true) {
      if (reference !== source.id) {
        this.referenceDocumentRecords.push({ file: doc.file, record, reference, own: source.id });
      }
    } else if (reference !== undefined) {
      this.references.push({ file: doc.file, record, reference, own: source.id });
    }
  }

  /** One Source per id; two documents may share a source only with identical metadata. */
  private mergeSource(file: string, source: SourceRecord): void {
    const properties: Record<string, NeoValue> = { ...source };
    const earlier = this.sources.get(source.id);
    if (!earlier) {
      this.sources.set(source.id, { file, properties });
      return;
    }
    const keys = [...new Set([...Object.keys(earlier.properties), ...Object.keys(properties)])].sort();
    const differing = keys.find(
      (key) => JSON.stringify(earlier.properties[key]) !== JSON.stringify(properties[key]),
    );
    if (differing === undefined) return;
    this.sourceErrors.push({
      file,
      record: 'source',
      field: differing,
      message: `source "${source.id}" is also declared in ${earlier.file} with ${differing} ${JSON.stringify(earlier.properties[differing])}; a source id must carry the same metadata everywhere`,
    });
  }

  /**
   * `props.reference` marks a fact the articles mention but do not state (reference geography). Such a
   * fact is cited from the reference source (a gazetteer), so its record lives in that source's
   * document, never in an article's, where the article's quote would seem to state it; and every
   * record of a reference document says so with `reference` naming that document's own source.
   */
  private referenceErrors(): DatasetError[] {
    const referenceSources = [...this.sources]
      .filter(([, s]) => s.properties.reference === true)
      .map(([id]) => id);
    const errors: DatasetError[] = [];
    const fail = (file: string, record: string, message: string) =>
      errors.push({ file, record, field: 'props.reference', message });
    for (const { file, record, reference, own } of this.referenceDocumentRecords) {
      fail(
        file,
        record,
        `a record of the reference source "${own}" must say so: expected "reference": "${own}", got ${JSON.stringify(reference)}`,
      );
    }
    for (const { file, record, reference } of this.references) {
      const where = referenceSources.includes(String(reference))
        ? `the document of "${reference}"`
        : 'the document of a reference source (one whose source has "reference": true)';
      fail(
        file,
        record,
        `reference ${JSON.stringify(reference)} in an article: a fact the article does not state is cited from the reference, so its record belongs in ${where}, not beside an article quote`,
      );
    }
    return errors;
  }
}

/** The origin of a document's records, for property merging and citations. */
export function originOf(file: string, record: string, source: SourceRecord): Origin {
  return { file, record, source: source.id, published: source.published };
}

/** Visits an in-memory document in the order the checks prefer: source, nodes, relationships. */
export function visitDocument(file: string, data: unknown, visitor: DocumentVisitor): void {
  visitor.begin(file);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    visitor.notAnObject(data);
    visitor.end();
    return;
  }
  const doc = data as Record<string, unknown>;
  if ('source' in doc) visitor.source(doc.source);
  for (const section of ['nodes', 'relationships'] as const) {
    const list = doc[section];
    if (!Array.isArray(list)) {
      if (section in doc) visitor.other(section, list);
      continue;
    }
    visitor.list(section);
    for (const [index, raw] of list.entries()) {
      if (section === 'nodes') visitor.node(index, raw);
      else visitor.relationship(index, raw);
    }
  }
  for (const [key, value] of Object.entries(doc)) {
    if (key !== 'source' && key !== 'nodes' && key !== 'relationships') visitor.other(key, value);
  }
  visitor.end();
}

const collapseWhitespace = (text: string) => text.replace(/\s+/g, ' ');

function sortById<T extends { id: string }>(items: T[]): T[] {
  // Code-unit order rather than localeCompare: the output must not depend on the machine's locale.
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
