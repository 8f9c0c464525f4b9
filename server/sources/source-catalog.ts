// Source metadata (title, publisher, date, language) for citations. There are few sources and they
// change only through imports, so they are cached: one query per minute at most, refreshed at once
// after an import in this process.
import type { Citation } from '../contract/common.ts';
import type { JsonValue } from '../contract/graph.ts';
import type { Database } from '../database/database.ts';

type SourceMetadata = NonNullable<Citation['source']>;
const TTL_MS = 60_000;

export class SourceCatalog {
  private cache: Map<string, SourceMetadata> | undefined;
  private loadedAt = 0;
  private readonly listeners: (() => void)[] = [];

  constructor(private readonly db: Database) {}

  /** Called after every write to the graph (imports, drafts' commits): caches of the graph drop theirs too. */
  invalidate(): void {
    this.cache = undefined;
    for (const listener of this.listeners) listener();
  }

  /** Another cache of what the graph holds (the drafts' name matcher) is told when it changes. */
  onInvalidate(listener: () => void): void {
    this.listeners.push(listener);
  }

  private async metadata(): Promise<Map<string, SourceMetadata>> {
    if (this.cache && Date.now() - this.loadedAt < TTL_MS) return this.cache;
    const result = await this.db.read<{ source: Record<string, unknown>; hasText: boolean }>(
      'allSourceMetadata',
    );
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    this.cache = new Map(
      result.records.map((record) => {
        const p = record.get('source');
        return [
          String(p.id),
          {
            title: text(p.title),
            publisher: text(p.publisher),
            published: text(p.published),
            publishedInferred: typeof p.publishedInferred === 'boolean' ? p.publishedInferred : null,
            language: text(p.language),
            url: text(p.url),
            kind: text(p.kind),
            hasText: record.get('hasText') === true,
          },
        ];
      }),
    );
    this.loadedAt = Date.now();
    return this.cache;
  }

  /** The publication date of a source, as the catalog holds it (null when unknown). */
  async publishedOf(sourceId: string | undefined): Promise<string | null> {
    if (sourceId === undefined) return null;
    return (await this.metadata()).get(sourceId)?.published ?? null;
  }

  /**
   * Pairs parallel `sources`/`quotes` lists into citations with their source's metadata, each
   * distinct (source, quote) once: evidence that gathers an agreement and both parties' links to it
   * would otherwise repeat the same quote for each.
   */
  async cite(sources: JsonValue | undefined, quotes: JsonValue | undefined): Promise<Citation[]> {
    const ids = Array.isArray(sources) ? sources.map(String) : [];
    const texts = Array.isArray(quotes) ? quotes.map(String) : [];
    if (ids.length === 0) return [];
    const metadata = await this.metadata();
    const seen = new Set<string>();
    const citations: Citation[] = [];
    for (const [index, sourceId] of ids.entries()) {
      const quote = texts[index] ?? '';
      const key = JSON.stringify([sourceId, quote]);
      if (seen.has(key)) continue;
      seen.add(key);
      citations.push({ sourceId, quote, source: metadata.get(sourceId) ?? null });
    }
    return citations;
  }
}
