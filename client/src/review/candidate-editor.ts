// The forms under a candidate's row: edit its record (names, type, status, dates, and the quote
// taken from a selection in the article), or say it is the same actor as one already in the graph.

import { ALL_STATUSES } from '../../../seed/model/statuses.ts';
import type { WireNode } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import { t } from '../i18n/i18n.ts';
import { createSearchBox } from '../search/search-box.ts';
import { h } from '../ui/dom.ts';
import { showInfo } from '../ui/toast.ts';
import { type Candidate, recordView } from './draft-types.ts';

type AnyRecord = Record<string, unknown>;
const DATE_FIELDS = ['date', 'start', 'end'] as const;

function field(labelKey: string, control: HTMLElement): HTMLElement {
  return h('label', { class: 'review-field' }, h('span', {}, t(labelKey)), control);
}

function input(name: string, value: unknown): HTMLInputElement {
  return h('input', {
    name,
    'data-testid': `review-edit-${name}`,
    value: typeof value === 'string' ? value : '',
  });
}

function select(name: string, options: readonly string[], value: unknown, empty?: string): HTMLSelectElement {
  const element = h(
    'select',
    { name, 'data-testid': `review-edit-${name}` },
    empty === undefined ? null : h('option', { value: '' }, empty),
    options.map((option) => h('option', { value: option }, option)),
  );
  element.value = typeof value === 'string' ? value : '';
  return element;
}

/** The labels and relationship types to offer (the graph's schema and the draft's own). */
export interface Vocabulary {
  labels: readonly string[];
  types: readonly string[];
}

/** The options of a select: the vocabulary plus the current value, once each, sorted. */
const choices = (known: readonly string[], current: string) =>
  [...new Set([...known, current].filter(Boolean))].sort();

export interface EditorDeps {
  vocabulary: Vocabulary;
  /** The article's selection, as offsets and text (see ArticleView.selection). */
  selection(): { start: number; end: number; text: string } | null;
  save(record: AnyRecord): void;
  cancel(): void;
}

/** The edit form; saving sends the whole edited record (the server re-validates it). */
export function candidateEditor(candidate: Candidate, deps: EditorDeps): HTMLElement {
  const record = structuredClone(candidate.record) as AnyRecord;
  const view = recordView(candidate);
  const props = { ...view.props };
  const controls: HTMLElement[] = [];
  const name = candidate.kind === 'node' ? input('name', view.name) : null;
  const label =
    candidate.kind === 'node'
      ? select(
          'label',
          choices(
            deps.vocabulary.labels.filter((l) => l !== 'Source'),
            view.label,
          ),
          view.label,
        )
      : null;
  const type =
    candidate.kind === 'relationship'
      ? select('type', choices(deps.vocabulary.types, view.type), view.type)
      : null;
  const from = candidate.kind === 'relationship' ? input('from', view.from) : null;
  const to = candidate.kind === 'relationship' ? input('to', view.to) : null;
  if (name) controls.push(field('review.edit.name', name));
  if (label) controls.push(field('review.edit.label', label));
  if (type) controls.push(field('review.edit.type', type));
  if (from) controls.push(field('review.edit.from', from));
  if (to) controls.push(field('review.edit.to', to));
  const status = select('status', ALL_STATUSES, props.status, t('review.edit.noStatus'));
  controls.push(field('review.edit.status', status));
  const dates = DATE_FIELDS.map((key) => [key, input(key, props[key])] as const);
  for (const [key, control] of dates) controls.push(field(`review.edit.${key}`, control));

  let quote = view.quote;
  const quoteText = h('blockquote', { 'data-testid': 'review-edit-quote' }, quote);
  const useSelection = h(
    'button',
    { type: 'button', 'data-testid': 'review-edit-use-selection' },
    t('review.edit.useSelection'),
  );
  // The button takes focus on click; read the selection on mousedown, before it can collapse.
  let pending: ReturnType<EditorDeps['selection']> = null;
  useSelection.addEventListener('mousedown', () => {
    pending = deps.selection();
  });
  useSelection.addEventListener('click', () => {
    const taken = pending ?? deps.selection();
    pending = null;
    if (!taken?.text.trim()) {
      showInfo(t('review.edit.noSelection'));
      return;
    }
    quote = taken.text;
    quoteText.textContent = quote;
  });

  const save = h(
    'button',
    { type: 'submit', class: 'primary', 'data-testid': 'review-edit-save' },
    t('review.edit.save'),
  );
  const cancel = h(
    'button',
    { type: 'button', 'data-testid': 'review-edit-cancel' },
    t('review.edit.cancel'),
  );
  cancel.addEventListener('click', () => deps.cancel());
  const form = h(
    'form',
    { class: 'review-editor', 'data-testid': 'review-editor' },
    h('div', { class: 'review-fields' }, controls),
    field('review.edit.quote', quoteText),
    useSelection,
    h('div', { class: 'review-editor-actions' }, save, cancel),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const nextProps: Record<string, unknown> = { ...props };
    nextProps.status = status.value || undefined;
    for (const [key, control] of dates) nextProps[key] = control.value.trim() || undefined;
    for (const key of Object.keys(nextProps)) if (nextProps[key] === undefined) delete nextProps[key];
    const edited: AnyRecord = { ...record, quote, props: nextProps };
    if (Object.keys(nextProps).length === 0) delete edited.props;
    if (name) edited.name = name.value.trim();
    if (label) edited.label = label.value;
    if (type) edited.type = type.value;
    if (from) edited.from = from.value.trim();
    if (to) edited.to = to.value.trim();
    deps.save(edited);
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') deps.cancel();
  });
  queueMicrotask(() => (name ?? type ?? status).focus());
  return form;
}

/** "Same actor as…": a search over the graph; picking an actor merges the candidate into it. */
export function sameAsPicker(
  api: ApiClient,
  onPick: (node: WireNode) => void,
  onCancel: () => void,
): HTMLElement {
  const search = createSearchBox({
    api,
    testId: 'review-same-as',
    placeholderKey: 'review.sameAs.placeholder',
    labelKey: 'review.sameAs.label',
    labels: ['Organisation', 'Person', 'Place'],
    onPick,
  });
  const cancel = h('button', { type: 'button' }, t('review.edit.cancel'));
  cancel.addEventListener('click', onCancel);
  const element = h(
    'div',
    { class: 'review-same-as', 'data-testid': 'review-same-as-picker' },
    h('p', {}, t('review.sameAs.label')),
    search.element,
    cancel,
  );
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) onCancel();
  });
  queueMicrotask(() => search.focus());
  return element;
}
