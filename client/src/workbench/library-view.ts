// The side lists: examples to start from, saved queries (name + query + parameters) and the
// history of runs. Choosing an entry loads it into the editor; it does not run it.
import { clear, h } from '../ui/dom.ts';
import { EXAMPLE_QUERIES } from './examples.ts';
import type { Translate } from './messages.ts';
import { formatParams } from './params.ts';
import {
  addToHistory,
  HISTORY_KEY,
  type HistoryEntry,
  isHistoryEntry,
  isSavedQuery,
  removeSaved,
  SAVED_KEY,
  StoredList,
  upsertSaved,
} from './query-store.ts';

export interface LibraryView {
  element: HTMLElement;
  recordRun(entry: HistoryEntry): void;
  /** Renders the lists again in the current language. */
  relabel(): void;
}

interface LibraryOptions {
  t: Translate;
  storage: Storage | undefined;
  load(query: string, params: string): void;
  /** What the Save button stores: the editor's current query and parameters. */
  current(): { query: string; params: string };
}

/** One line of a query, for a list entry; the full text is the tooltip. */
const firstLine = (query: string): string => {
  const line = query.trim().split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

export function createLibraryView({ t, storage, load, current }: LibraryOptions): LibraryView {
  const historyStore = new StoredList(storage, HISTORY_KEY, isHistoryEntry);
  const savedStore = new StoredList(storage, SAVED_KEY, isSavedQuery);
  let history = historyStore.load();
  let saved = savedStore.load();

  const examples = h(
    'ul',
    { class: 'wb-list', 'data-testid': 'workbench-examples' },
    ...EXAMPLE_QUERIES.map((example) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'wb-link',
            title: example.query,
            'data-i18n': example.title,
            onclick: () => load(example.query, formatParams(example.params)),
          },
          t(example.title),
        ),
      ),
    ),
  );

  const savedList = h('ul', { class: 'wb-list', 'data-testid': 'workbench-saved' });
  const nameInput = h('input', {
    type: 'text',
    class: 'wb-name',
    'data-testid': 'workbench-save-name',
    'aria-label': t('workbench.saved.name'),
    placeholder: t('workbench.saved.name'),
    'data-i18n-placeholder': 'workbench.saved.name',
  });
  const saveMessage = h('p', { class: 'wb-hint', role: 'status' });
  const saveForm = h(
    'form',
    {
      class: 'wb-save',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const name = nameInput.value.trim();
        if (!name) {
          saveMessage.textContent = t('workbench.saved.nameRequired');
          return;
        }
        saveMessage.textContent = '';
        saved = upsertSaved(saved, { name, ...current() });
        savedStore.save(saved);
        nameInput.value = '';
        renderSaved();
      },
    },
    nameInput,
    h(
      'button',
      { type: 'submit', 'data-testid': 'workbench-save', 'data-i18n': 'workbench.saved.save' },
      t('workbench.saved.save'),
    ),
  );

  const historyList = h('ul', { class: 'wb-list', 'data-testid': 'workbench-history' });

  function renderSaved(): void {
    clear(savedList);
    if (saved.length === 0) savedList.append(h('li', { class: 'wb-empty' }, t('workbench.saved.empty')));
    for (const entry of saved) {
      savedList.append(
        h(
          'li',
          { class: 'wb-saved-item' },
          h(
            'button',
            {
              type: 'button',
              class: 'wb-link',
              title: entry.query,
              onclick: () => load(entry.query, entry.params),
            },
            entry.name,
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'wb-delete',
              'aria-label': `${t('workbench.saved.delete')} ${entry.name}`,
              title: t('workbench.saved.delete'),
              onclick: () => {
                saved = removeSaved(saved, entry.name);
                savedStore.save(saved);
                renderSaved();
              },
            },
            '×',
          ),
        ),
      );
    }
  }

  function renderHistory(): void {
    clear(historyList);
    if (history.length === 0)
      historyList.append(h('li', { class: 'wb-empty' }, t('workbench.history.empty')));
    for (const entry of history) {
      historyList.append(
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'wb-link wb-code',
              title: entry.query,
              onclick: () => load(entry.query, entry.params),
            },
            firstLine(entry.query),
          ),
        ),
      );
    }
  }

  const clearHistory = h(
    'button',
    {
      type: 'button',
      class: 'wb-link',
      'data-i18n': 'workbench.history.clear',
      onclick: () => {
        history = [];
        historyStore.save(history);
        renderHistory();
      },
    },
    t('workbench.history.clear'),
  );

  renderSaved();
  renderHistory();
  const heading = (key: Parameters<Translate>[0]) => h('h3', { 'data-i18n': key }, t(key));
  const element = h(
    'aside',
    { class: 'wb-library' },
    h('section', {}, heading('workbench.examples'), examples),
    h('section', {}, heading('workbench.saved'), saveForm, saveMessage, savedList),
    h('section', {}, heading('workbench.history'), historyList, clearHistory),
  );

  return {
    element,
    relabel() {
      nameInput.setAttribute('aria-label', t('workbench.saved.name'));
      renderSaved();
      renderHistory();
    },
    recordRun(entry) {
      // Re-read first: another tab may have run queries since this one loaded the list.
      history = addToHistory(historyStore.load(), entry);
      historyStore.save(history);
      renderHistory();
    },
  };
}
