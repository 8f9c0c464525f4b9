// Rows → import-format documents: one document per distinct source (title and URL), each row's
// records cited by the row's quote (or, in a register, by the row itself), actors matched to the
// graph's ids by their folded names or created under deterministic slugs.

import { createHash } from 'node:crypto';
import type {
  DatasetDocument,
  NodeRecord,
  RelationshipRecord,
  SourceRecord,
} from '../../../seed/dataset-schema.ts';
import { relationshipId } from '../../../seed/dataset-schema.ts';
import { foldPhrase, slugOf } from '../../../seed/model/name-folding.ts';
import type { SpreadsheetMapping } from '../../contract/spreadsheet.ts';
import type { IndexedLabel, KnownNode, NameIndex } from './name-index.ts';
import type { RowContext } from './row-context.ts';
import { isoDateOf } from './row-values.ts';

/** The longest quote the format takes; a register row's own text is cut to it. */
const MAX_QUOTE = 320;

interface DocumentParts {
  source: SourceRecord;
  nodes: Map<string, NodeRecord>;
  relationships: Map<string, RelationshipRecord>;
}

export interface ActorEntry {
  id: string;
  label: string;
  name: string;
  rows: number[];
}

export class DocumentBuilder {
  private readonly documents = new Map<string, DocumentParts>();
  /** New nodes by label and folded name, so two rows naming one new actor make one node. */
  private readonly newByName = new Map<string, KnownNode>();
  readonly matched = new Map<string, ActorEntry>();
  readonly created = new Map<string, ActorEntry>();

  constructor(
    private readonly mapping: SpreadsheetMapping,
    private readonly fileName: string,
    private readonly index: NameIndex,
  ) {}

  /** The row's source (created on first use), or undefined with errors on the row. */
  sourceOf(ctx: RowContext): SourceRecord | undefined {
    const { defaults, register } = this.mapping;
    const title = ctx.value('sourceTitle') || defaults.sourceTitle || (register ? this.fileName : '');
    const url = ctx.value('sourceUrl') || defaults.sourceUrl;
    const publisher = ctx.value('publisher') || defaults.publisher;
    const publishedText = ctx.value('published');
    const published = publishedText ? isoDateOf(publishedText) : defaults.published;
    if (!title)
      ctx.error('sourceTitle', 'no source title: map a column to it, or give the source a default title');
    if (url && !/^https?:\/\/\S+$/.test(url))
      ctx.error('sourceUrl', `"${url}" is not a web address (http:// or https://)`);
    if (!publisher)
      ctx.error('publisher', 'no publisher: map a column to it, or give the source a default publisher');
    if (!published)
      ctx.error(
        'published',
        publishedText
          ? `"${publishedText}" is not a date; expected YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY`
          : 'no publication date: map a column to it, or give the source a default date',
      );
    if (!title || !publisher || !published || (url && !/^https?:\/\/\S+$/.test(url))) return undefined;
    const key = `${title}\n${url ?? ''}`;
    const existing = this.documents.get(key);
    if (existing) return existing.source;
    const hash = createHash('sha256').update(`${register}\n${key}`).digest('hex').slice(0, 8);
    const source: SourceRecord = {
      id: `src-sheet-${slugOf(title).slice(0, 60).replace(/-+$/, '') || 'untitled'}-${hash}`,
      title,
      publisher,
      published,
      language: defaults.language,
      ...(url ? { url } : {}),
      ...(register ? { kind: 'register' as const } : {}),
      note: register
        ? `A register imported from the spreadsheet ${this.fileName}: each fact cites the row that states it.`
        : `Imported from the spreadsheet ${this.fileName}; the quotes are the rows' quotes.`,
    };
    this.documents.set(key, { source, nodes: new Map(), relationships: new Map() });
    return source;
  }

  /**
   * What the row's records cite: its quote; in a register, a row without one cites itself
   * ("Row 12: Région Occitanie — Kumamoto, 2019, signed"); else the row is refused.
   */
  citationOf(ctx: RowContext, summary: string[]): string | undefined {
    const quote = ctx.value('quote');
    if (quote) return quote;
    if (this.mapping.register) {
      const text = `Row ${ctx.row}: ${summary.filter(Boolean).join(', ')}`;
      return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
    }
    ctx.error(
      'quote',
      'no quote: give the sentence of the source that states this row, or mark the source as a register (its rows then cite themselves)',
    );
    return undefined;
  }

  /**
   * The id of the node a name refers to: one already in the graph (folded name, main name first),
   * one an earlier row creates, or a new one made by `make` under a free slug.
   */
  resolve(
    ctx: RowContext,
    name: string,
    labels: readonly IndexedLabel[],
    make: (id: string) => NodeRecord,
    idPrefix = '',
  ): { id: string; isNew: boolean; record?: NodeRecord } {
    const known = this.index.find(name, labels);
    if (known) {
      ctx.matched.push(known);
      return { id: known.id, isNew: false };
    }
    const key = `${labels[0]}\n${foldPhrase(name)}`;
    const earlier = this.newByName.get(key);
    const id = earlier?.id ?? this.freeId(`${idPrefix}${slugOf(name) || 'unnamed'}`);
    const record = make(id);
    ctx.created.push({ id, label: record.label, name: record.name });
    if (!earlier) {
      this.index.reserve(id);
      this.newByName.set(key, { id, label: record.label, name: record.name });
    }
    return { id, isNew: true, record };
  }

  private freeId(base: string): string {
    const trimmed = base.slice(0, 110).replace(/-+$/, '');
    if (!this.index.isTaken(trimmed)) return trimmed;
    for (let n = 2; ; n++) if (!this.index.isTaken(`${trimmed}-${n}`)) return `${trimmed}-${n}`;
  }

  /** Adds a row without errors to its source's document (the first row to state a record keeps it). */
  commit(ctx: RowContext, source: SourceRecord): void {
    const parts = [...this.documents.values()].find((d) => d.source.id === source.id);
    if (!parts) return;
    for (const node of ctx.nodes) if (!parts.nodes.has(node.id)) parts.nodes.set(node.id, node);
    for (const rel of ctx.relationships) {
      const id = relationshipId(rel);
      if (!parts.relationships.has(id)) parts.relationships.set(id, rel);
    }
    const note = (entries: Map<string, ActorEntry>, node: KnownNode) => {
      const entry = entries.get(node.id) ?? { ...node, rows: [] };
      if (entry.rows.length < 20 && !entry.rows.includes(ctx.row)) entry.rows.push(ctx.row);
      entries.set(node.id, entry);
    };
    for (const node of ctx.matched) note(this.matched, node);
    for (const node of ctx.created) note(this.created, node);
  }

  result(): DatasetDocument[] {
    return [...this.documents.values()]
      .filter((d) => d.nodes.size > 0 || d.relationships.size > 0)
      .map((d) => ({
        source: d.source,
        nodes: [...d.nodes.values()],
        relationships: [...d.relationships.values()],
      }));
  }
}
