// The details panel's corrections: "History" and "Correct" under an element, and beside each quote
// "Open the article" (when its source has a text) and "Retract this source". The canvas is reached
// through the few operations these need.

import type { Citation } from '../../../server/contract/common.ts';
import type { RetractResponse } from '../../../server/contract/curation.ts';
import type { JsonValue, WireEdge, WireNode } from '../../../server/contract/graph.ts';
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { attempt, showInfo } from '../ui/toast.ts';
import { openArticle } from './article-reader.ts';
import { correctionForm } from './correction-form.ts';
import type { CurationClient } from './curation-client.ts';
import { historyList } from './history-list.ts';
import { retractAction } from './retract-action.ts';

export interface CurationCanvas {
  node(id: string): WireNode | undefined;
  edge(id: string): WireEdge | undefined;
  removeElements(ids: string[]): void;
  updateProperties(id: string, properties: Record<string, JsonValue>): void;
}

export interface CurationPanelHooks {
  /** Shows the element again (after an edit or a retraction that kept it). */
  refresh(id: string): void;
  /** The element is gone: the panel empties. */
  gone(): void;
}

/** An element's citations without one source's (what the server did on retraction). */
function withoutCitationsOf(
  properties: Record<string, JsonValue>,
  sourceId: string,
): Record<string, JsonValue> {
  const sources = Array.isArray(properties.sources) ? properties.sources.map(String) : [];
  const quotes = Array.isArray(properties.quotes) ? properties.quotes.map(String) : [];
  const keep = sources
    .map((source, i) => ({ source, quote: quotes[i] ?? '' }))
    .filter((c) => c.source !== sourceId);
  return {
    ...properties,
    sources: keep.map((c) => c.source),
    quotes: keep.map((c) => c.quote),
    sourceCount: new Set(keep.map((c) => c.source)).size,
  };
}

export class CurationSection {
  constructor(
    private readonly client: CurationClient,
    private readonly canvas: CurationCanvas,
    private readonly hooks: CurationPanelHooks,
  ) {}

  /** "Correct" and "History" for the element shown. */
  forElement(id: string, properties: Record<string, JsonValue>): HTMLElement {
    const history = h(
      'div',
      { class: 'history-slot', 'data-testid': 'history-slot' },
      h('p', { class: 'muted' }, t('common.loading')),
    );
    void attempt(async () => {
      const page = await this.client.history(id);
      history.replaceChildren(historyList(page.entries));
    }, t('history.loadFailed'));
    return h(
      'section',
      { class: 'curation', 'data-testid': 'curation' },
      correctionForm(this.client, id, properties, {
        edited: (answer) => {
          this.canvas.updateProperties(id, answer.properties);
          this.hooks.refresh(id);
        },
        deleted: (answer) => {
          this.canvas.removeElements([id, ...answer.removedRelationships]);
          showInfo(t('correct.deleted'));
          this.hooks.gone();
        },
      }),
      h('h3', {}, t('history.title')),
      history,
    );
  }

  /** A Source node: "Retract this source" and its history (its imports, its facts' corrections). */
  forSource(sourceId: string, title: string): HTMLElement {
    const history = h(
      'div',
      { class: 'history-slot', 'data-testid': 'history-slot' },
      h('p', { class: 'muted' }, t('common.loading')),
    );
    void attempt(async () => {
      const page = await this.client.sourceHistory(sourceId);
      history.replaceChildren(historyList(page.entries));
    }, t('history.loadFailed'));
    return h(
      'section',
      { class: 'curation', 'data-testid': 'curation' },
      retractAction(this.client, sourceId, title, (answer) => {
        this.retracted(sourceId, answer);
        this.canvas.removeElements([sourceId]);
        this.hooks.gone();
      }),
      h('h3', {}, t('history.title')),
      history,
    );
  }

  /** What goes beside a quote: open its article, retract its source. */
  citationActions(shownId: string): (citation: Citation) => HTMLElement {
    return (citation) => {
      const open = h(
        'button',
        { type: 'button', class: 'small', hidden: true, 'data-testid': 'open-article' },
        t('article.open'),
      );
      const title = citation.source?.title ?? citation.sourceId;
      // Only a source imported with its text has an article to open: no request (and no 404) for the rest.
      if (citation.source?.hasText === false) return this.actionsRow(open, citation, title, shownId);
      void this.client
        .sourceText(citation.sourceId)
        .then((text) => {
          if (text === null) return;
          open.hidden = false;
          open.addEventListener('click', () => openArticle(title, text, citation.quote));
        })
        .catch(() => undefined);
      return this.actionsRow(open, citation, title, shownId);
    };
  }

  private actionsRow(open: HTMLElement, citation: Citation, title: string, shownId: string): HTMLElement {
    return h(
      'div',
      { class: 'row citation-actions' },
      open,
      retractAction(this.client, citation.sourceId, title, (answer) => this.retracted(shownId, answer)),
    );
  }

  private retracted(shownId: string, answer: RetractResponse): void {
    const removed = [...answer.removedNodes, ...answer.removedRelationships];
    this.canvas.removeElements(removed);
    for (const id of [...answer.keptNodes, ...answer.keptRelationships]) {
      const element = this.canvas.node(id) ?? this.canvas.edge(id);
      if (element) this.canvas.updateProperties(id, withoutCitationsOf(element.properties, answer.sourceId));
    }
    showInfo(t('retract.done'));
    if (removed.includes(shownId)) this.hooks.gone();
    else this.hooks.refresh(shownId);
  }
}
