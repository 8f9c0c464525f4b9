// Source metadata from /api/sources, fetched once and shared; a failed fetch is reported and
// forgotten so the next use retries.
import type { Citation } from '../../../server/contract/common.ts';
import type { JsonValue } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import { text } from '../graph/elements.ts';

export interface SourceMeta {
  id: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  publishedInferred: boolean;
  language: string | null;
  url: string | null;
  /** `register` when the source is a register whose rows cite themselves. */
  kind: string | null;
  /** The article's full text was imported with it (GET /api/sources/:id/text). */
  hasText: boolean;
  nodeCount: number;
  relationshipCount: number;
}

/** What a citation shows of its source: title, publisher, date, language, URL. */
export function citedSource(meta: SourceMeta): NonNullable<Citation['source']> {
  return {
    title: meta.title,
    publisher: meta.publisher,
    published: meta.published,
    publishedInferred: meta.publishedInferred,
    language: meta.language,
    url: meta.url,
    kind: meta.kind,
    hasText: meta.hasText,
  };
}

export class SourceCache {
  private pending: Promise<Map<string, SourceMeta>> | null = null;

  constructor(private readonly api: ApiClient) {}

  /** After an import: the next read fetches the catalogue again, with the new sources. */
  invalidate(): void {
    this.pending = null;
  }

  all(): Promise<Map<string, SourceMeta>> {
    if (!this.pending) {
      this.pending = this.api.sources().then(
        (response) =>
          new Map(
            response.sources.map((source) => {
              const props = source.properties;
              const meta: SourceMeta = {
                id: source.id,
                title: text(props.title),
                publisher: text(props.publisher),
                published: text(props.published),
                publishedInferred: props.publishedInferred === true,
                language: text(props.language),
                url: text(props.url),
                kind: text(props.kind),
                hasText: props.hasText === true,
                nodeCount: source.nodeCount,
                relationshipCount: source.relationshipCount,
              };
              return [source.id, meta];
            }),
          ),
        (error: unknown) => {
          this.pending = null;
          throw error;
        },
      );
    }
    return this.pending;
  }

  /** Citations of an element from its own `sources`/`quotes` properties (same length, same order). */
  async citationsOf(props: Record<string, JsonValue>): Promise<Citation[]> {
    const sources = Array.isArray(props.sources) ? props.sources : [];
    const quotes = Array.isArray(props.quotes) ? props.quotes : [];
    if (sources.length === 0) return [];
    const metadata = await this.all();
    return sources.map((sourceId, index) => {
      const id = String(sourceId);
      const meta = metadata.get(id);
      return {
        sourceId: id,
        quote: text(quotes[index]) ?? '',
        source: meta ? citedSource(meta) : null,
      };
    });
  }
}

/** Source ids cited by an element: its own `sources`, and for partnerships each evidence's citations. */
export function sourceIdsOf(props: Record<string, JsonValue>): string[] {
  const ids = Array.isArray(props.sources) ? props.sources.map(String) : [];
  const evidence = Array.isArray(props.evidence) ? props.evidence : [];
  for (const item of evidence) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
    const citations = Array.isArray(item.citations) ? item.citations : [];
    for (const citation of citations) {
      if (
        citation &&
        typeof citation === 'object' &&
        !Array.isArray(citation) &&
        typeof citation.sourceId === 'string'
      ) {
        ids.push(citation.sourceId);
      }
    }
  }
  return ids;
}
