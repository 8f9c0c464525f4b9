// What exports say about their sources and themselves: each source as title, publisher and date
// (not only its id), and the caption and legend printed under a picture.
import type { JsonValue, WireGraph } from '../../../server/contract/graph.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { plural, t } from '../i18n/i18n.ts';
import { type SourceMeta, sourceIdsOf } from '../sources/source-cache.ts';
import { legendOf, type PictureNotes } from './svg-export.ts';

/** "Title — Publisher, 2024-05-02 (inferred)": how a source is named in exports and briefs. */
export function sourceLine(meta: SourceMeta | undefined, id: string): string {
  if (!meta) return id;
  const date = meta.published
    ? `${meta.published}${meta.publishedInferred ? ` (${t('export.dateInferred')})` : ''}`
    : null;
  const where = [meta.publisher, date].filter(Boolean).join(', ');
  return [meta.title ?? id, where].filter(Boolean).join(' — ');
}

/** The graph with a `sourceTitles` property beside each element's `sources` ids. */
export function withSourceTitles(graph: WireGraph, metadata: Map<string, SourceMeta>): WireGraph {
  const titled = <T extends { properties: Record<string, JsonValue> }>(item: T): T => {
    const ids = sourceIdsOf(item.properties);
    if (ids.length === 0) return item;
    const titles = [...new Set(ids)].map((id) => sourceLine(metadata.get(id), id));
    return { ...item, properties: { ...item.properties, sourceTitles: titles } };
  };
  return { nodes: graph.nodes.map(titled), edges: graph.edges.map(titled) };
}

/** Every source the graph cites, each once, as a line with its URL. */
export function citedSources(graph: WireGraph, metadata: Map<string, SourceMeta>): string[] {
  const ids = new Set([...graph.nodes, ...graph.edges].flatMap((item) => sourceIdsOf(item.properties)));
  return [...ids].map((id) => {
    const meta = metadata.get(id);
    return [sourceLine(meta, id), meta?.url].filter(Boolean).join(' ');
  });
}

export function categoryName(category: string, kind: string | null): string {
  const label = t(`label.${category}`);
  return kind ? `${label}: ${kind}` : label;
}

/** The default caption: what the picture holds, and when it was drawn. */
export function defaultCaption(graph: WireGraph): string {
  return t('export.caption', {
    nodes: plural('export.nodes', graph.nodes.length),
    edges: plural('export.edges', graph.edges.length),
    date: new Date().toISOString().slice(0, 10),
  });
}

export function pictureNotes(
  view: GraphView<unknown>,
  graph: WireGraph,
  metadata: Map<string, SourceMeta>,
  caption = defaultCaption(graph),
): PictureNotes {
  return { caption, legend: legendOf(view.scene(), categoryName), sources: citedSources(graph, metadata) };
}
