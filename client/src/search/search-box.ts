// Autocomplete over /api/search: debounced, cancels superseded requests, keyboard navigable
// (↑ ↓ Enter Escape) with the ARIA combobox pattern. Used by the toolbar and the paths panel; the
// toolbar's also lists the facts whose quotes hold the words (evidence-results.ts).

import { foldPhrase } from '../../../seed/model/name-folding.ts';
import type { EvidenceHit } from '../../../server/contract/api.ts';
import type { WireNode } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import { isAbort } from '../api/api-error.ts';
import { nodeName, text } from '../graph/elements.ts';
import { lookOf, primaryLabel } from '../graph/palette.ts';
import { language, t } from '../i18n/i18n.ts';
import { labelAndKind } from '../i18n/vocabulary.ts';
import { h } from '../ui/dom.ts';
import { showError } from '../ui/toast.ts';
import { evidenceHeader, evidenceItem, fetchEvidence, moreEvidenceItem } from './evidence-results.ts';

const DEBOUNCE_MS = 180;
let instances = 0;

export interface SearchBoxOptions {
  api: ApiClient;
  testId: string;
  placeholderKey: string;
  labelKey: string;
  labels?: readonly string[];
  onPick(node: WireNode): void;
  /** Keep the picked name in the field (paths panel) instead of clearing it (toolbar). */
  keepValue?: boolean;
  /** Given, the list also shows the facts whose quotes hold the words ("In the evidence"). */
  onPickEvidence?(hit: EvidenceHit): void;
}

// Folded as the server folds names, so "bourgogne-franche" starts "Bourgogne-Franche-Comté".
const fold = foldPhrase;

/** The server ranks by relevance; among equals, names that start with the query and actors first. */
function rank(nodes: WireNode[], query: string): WireNode[] {
  const folded = fold(query);
  const weight = (node: WireNode) => {
    const label = primaryLabel(node.labels);
    const starts = fold(nodeName(node)).startsWith(folded) ? 0 : 2;
    return starts + (label === 'Organisation' || label === 'Person' ? 0 : 1);
  };
  return nodes
    .map((node, index) => ({ node, index, weight: weight(node) }))
    .sort((a, b) => a.weight - b.weight || a.index - b.index)
    .map((entry) => entry.node);
}

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  setValue(node: WireNode | null): void;
  focus(): void;
}

/** One choice of the list: a name match, a fact found in the evidence, or "more in the evidence". */
interface Choice {
  item: HTMLLIElement;
  pick(): void;
}

export function createSearchBox(options: SearchBoxOptions): SearchBox {
  instances += 1;
  const listId = `search-list-${instances}`;
  const input = h('input', {
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'data-i18n-placeholder': options.placeholderKey,
    'data-i18n-aria-label': options.labelKey,
    placeholder: t(options.placeholderKey),
    'aria-label': t(options.labelKey),
    'data-testid': `${options.testId}-input`,
  });
  const list = h('ul', {
    id: listId,
    role: 'listbox',
    class: 'search-results',
    hidden: true,
    'data-testid': `${options.testId}-results`,
  });
  const element = h('div', { class: 'search-box', 'data-testid': options.testId }, input, list);

  let results: WireNode[] = [];
  let facts: EvidenceHit[] = [];
  let nextFacts: string | null = null;
  let choices: Choice[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    active = index;
    choices.forEach(({ item }, i) => {
      item.setAttribute('aria-selected', String(i === index));
      if (i === index) {
        input.setAttribute('aria-activedescendant', item.id);
        item.scrollIntoView({ block: 'nearest' });
      }
    });
  };

  const pickNode = (node: WireNode) => {
    close();
    input.value = options.keepValue ? nodeName(node) : '';
    options.onPick(node);
  };

  const pickFact = (hit: EvidenceHit) => {
    close();
    input.value = '';
    options.onPickEvidence?.(hit);
  };

  const nodeItem = (node: WireNode) => {
    const label = primaryLabel(node.labels);
    const kind = text(node.properties.kind);
    const nameEn = text(node.properties.nameEn);
    const look = lookOf(label, kind);
    return h(
      'li',
      { role: 'option', 'aria-selected': 'false', 'data-node-id': node.id },
      h('span', { class: 'swatch', style: `background:${look.color}`, 'aria-hidden': 'true' }),
      h(
        'span',
        { class: 'search-name' },
        nodeName(node),
        nameEn && nameEn !== nodeName(node) && language() === 'en' ? h('small', {}, nameEn) : null,
      ),
      h('span', { class: 'badge' }, labelAndKind(label, kind)),
    );
  };

  const render = (query: string, keepActive = false) => {
    const previous = active;
    list.replaceChildren();
    choices = [
      ...results.map((node) => ({ item: nodeItem(node), pick: () => pickNode(node) })),
      ...facts.map((hit) => ({ item: evidenceItem(hit), pick: () => pickFact(hit) })),
      ...(nextFacts ? [{ item: moreEvidenceItem(), pick: () => void loadMoreFacts(query) }] : []),
    ];
    if (choices.length === 0) {
      list.append(h('li', { class: 'search-empty', role: 'presentation' }, t('search.none', { query })));
    }
    choices.forEach((choice, index) => {
      choice.item.id = `${listId}-${index}`;
      // mousedown, not click: it fires before the input's blur closes the list.
      choice.item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choice.pick();
      });
      if (index === results.length && facts.length > 0) list.append(evidenceHeader());
      list.append(choice.item);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(keepActive ? Math.min(previous, choices.length - 1) : choices.length > 0 ? 0 : -1);
  };

  const loadMoreFacts = async (query: string) => {
    if (!nextFacts) return;
    controller?.abort();
    controller = new AbortController();
    try {
      const page = await fetchEvidence(options.api, query, nextFacts, controller.signal);
      facts = [...facts, ...page.facts];
      nextFacts = page.nextCursor;
      render(query, true);
    } catch (error) {
      if (!isAbort(error)) showError(error, t('search.failed'));
    }
  };

  const search = async (query: string) => {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    try {
      const [response, evidence] = await Promise.all([
        options.api.search(query, { labels: options.labels, limit: 12, signal }),
        options.onPickEvidence ? fetchEvidence(options.api, query, null, signal) : null,
      ]);
      if (input.value.trim() !== query) return; // The analyst typed on; a newer request is coming.
      results = rank(
        response.results.map((result) => result.node),
        query,
      );
      facts = evidence?.facts ?? [];
      nextFacts = evidence?.nextCursor ?? null;
      render(query);
    } catch (error) {
      if (!isAbort(error)) showError(error, t('search.failed'));
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < 2) {
      controller?.abort();
      close();
      return;
    }
    timer = setTimeout(() => void search(query), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && choices.length > 0) {
      event.preventDefault();
      if (list.hidden) render(input.value.trim());
      else setActive((active + 1) % choices.length);
    } else if (event.key === 'ArrowUp' && choices.length > 0) {
      event.preventDefault();
      setActive((active - 1 + choices.length) % choices.length);
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault();
      choices[active]?.pick();
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));

  return {
    element,
    input,
    setValue(node) {
      input.value = node ? nodeName(node) : '';
    },
    focus() {
      input.focus();
    },
  };
}
