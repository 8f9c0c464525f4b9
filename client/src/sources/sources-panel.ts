// "Sources": the documents behind everything on the canvas, with how many elements each supports.
// An analyst can highlight what a source supports, or bring its whole graph onto the canvas.
import type { WireGraph } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import { sourceLine } from '../details/citation-list.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { plural, t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { attempt } from '../ui/toast.ts';
import { type SourceCache, sourceIdsOf } from './source-cache.ts';

export class SourcesPanel {
  constructor(
    private readonly body: HTMLElement,
    private readonly deps: {
      api: ApiClient;
      sources: SourceCache;
      view: GraphView<unknown>;
      add(graph: WireGraph): Promise<string[]>;
    },
  ) {}

  /** Which elements on the canvas cite each source. */
  private citing(): Map<string, string[]> {
    const citing = new Map<string, string[]>();
    const elements = [
      ...this.deps.view.nodes().map((node) => ({ id: node.id, props: node.properties })),
      ...this.deps.view.edges().map((edge) => ({ id: edge.id, props: edge.properties })),
    ];
    for (const element of elements) {
      for (const sourceId of new Set(sourceIdsOf(element.props))) {
        citing.set(sourceId, [...(citing.get(sourceId) ?? []), element.id]);
      }
    }
    return citing;
  }

  async render(): Promise<void> {
    const citing = this.citing();
    if (citing.size === 0) {
      this.body.replaceChildren(
        h('p', { class: 'muted', 'data-testid': 'sources-empty' }, t('sources.empty')),
      );
      return;
    }
    this.body.replaceChildren(h('p', { class: 'muted' }, t('common.loading')));
    const metadata = await this.deps.sources.all();
    const entries = [...citing.entries()].sort((a, b) => b[1].length - a[1].length);
    this.body.replaceChildren(
      h('p', { class: 'muted' }, plural('sources.count', entries.length)),
      h(
        'ul',
        { class: 'source-list', 'data-testid': 'sources-list' },
        entries.map(([sourceId, ids]) => {
          const meta = metadata.get(sourceId) ?? null;
          return h(
            'li',
            { class: 'source-item', 'data-source-id': sourceId },
            sourceLine(meta, sourceId),
            h('div', { class: 'muted' }, plural('sources.supports', ids.length)),
            h(
              'div',
              { class: 'row' },
              h(
                'button',
                { type: 'button', class: 'small', onclick: () => this.deps.view.highlight(ids) },
                t('sources.highlight'),
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'small',
                  onclick: () =>
                    void attempt(async () => {
                      const details = await this.deps.api.source(sourceId);
                      await this.deps.add(details.graph);
                    }, t('sources.loadFailed')),
                },
                t('sources.addGraph'),
              ),
            ),
          );
        }),
      ),
    );
  }
}
