// Autocomplete over /api/search: debounced, cancels superseded requests, keyboard navigable
// (↑ ↓ Enter Escape) with the ARIA combobox pattern. Used by the toolbar and the paths panel.
import type { WireNode } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import { nodeName, text } from '../graph/elements.ts';
import { lookOf, primaryLabel } from '../graph/palette.ts';
import { language, t } from '../i18n/i18n.ts';
import { labelAndKind } from '../i18n/vocabulary.ts';
import { h } from '../ui/dom.ts';
import { showError } from '../ui/toast.ts';

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
}

function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

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
    list.querySelectorAll('li').forEach((item, i) => {
      item.setAttribute('aria-selected', String(i === index));
      if (i === index) {
        input.setAttribute('aria-activedescendant', item.id);
        item.scrollIntoView({ block: 'nearest' });
      }
    });
  };

  const pick = (index: number) => {
    const node = results[index];
    if (!node) return;
    close();
    input.value = options.keepValue ? nodeName(node) : '';
    options.onPick(node);
  };

  const render = (query: string) => {
    list.replaceChildren();
    if (results.length === 0) {
      list.append(h('li', { class: 'search-empty', role: 'presentation' }, t('search.none', { query })));
    }
    results.forEach((node, index) => {
      const label = primaryLabel(node.labels);
      const kind = text(node.properties.kind);
      const nameEn = text(node.properties.nameEn);
      const look = lookOf(label, kind);
      const item = h(
        'li',
        { id: `${listId}-${index}`, role: 'option', 'aria-selected': 'false', 'data-node-id': node.id },
        h('span', { class: 'swatch', style: `background:${look.color}`, 'aria-hidden': 'true' }),
        h(
          'span',
          { class: 'search-name' },
          nodeName(node),
          nameEn && nameEn !== nodeName(node) && language() === 'en' ? h('small', {}, nameEn) : null,
        ),
        h('span', { class: 'badge' }, labelAndKind(label, kind)),
      );
      // mousedown, not click: it fires before the input's blur closes the list.
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(index);
      });
      list.append(item);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(results.length > 0 ? 0 : -1);
  };

  const search = async (query: string) => {
    controller?.abort();
    controller = new AbortController();
    try {
      const response = await options.api.search(query, {
        labels: options.labels,
        limit: 12,
        signal: controller.signal,
      });
      if (input.value.trim() !== query) return; // The analyst typed on; a newer request is coming.
      results = rank(
        response.results.map((result) => result.node),
        query,
      );
      render(query);
    } catch (error) {
      showError(error, t('search.failed'));
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
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      if (list.hidden) render(input.value.trim());
      else setActive((active + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length > 0) {
      event.preventDefault();
      setActive((active - 1 + results.length) % results.length);
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault();
      pick(active);
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
