// "Correct": with write access, an analyst edits a fact's properties or deletes it, always with a
// reason. The server checks the values against the import format's rules and says what is wrong.

import { isEditableKey } from '../../../seed/model/locked-keys.ts';
import type { DeleteElementResponse, EditElementResponse } from '../../../server/contract/curation.ts';
import type { JsonValue } from '../../../server/contract/graph.ts';
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { attempt, showInfo } from '../ui/toast.ts';
import type { CurationClient, EditValue } from './curation-client.ts';

// The form leaves out what the server refuses too (one list, seed/model/locked-keys.ts).
const editable = (key: string, value: JsonValue) =>
  isEditableKey(key) && (value === null || ['string', 'number', 'boolean'].includes(typeof value));

/** The typed value of a field: the same type as before where it parses, empty removes the key. */
function parsed(raw: string, before: JsonValue | undefined): EditValue {
  const text = raw.trim();
  if (text === '') return null;
  if (typeof before === 'number' && Number.isFinite(Number(text))) return Number(text);
  if (typeof before === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

export interface CorrectionHandlers {
  edited(answer: EditElementResponse): void;
  deleted(answer: DeleteElementResponse): void;
}

export function correctionForm(
  client: CurationClient,
  id: string,
  properties: Record<string, JsonValue>,
  handlers: CorrectionHandlers,
): HTMLElement {
  const fields = Object.entries(properties)
    .filter(([key, value]) => editable(key, value))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => {
      const input = h('input', {
        type: 'text',
        value: value === null ? '' : String(value),
        'data-testid': `edit-field-${key}`,
      });
      return { key, before: value, input };
    });
  const newKey = h('input', {
    type: 'text',
    placeholder: t('correct.newKey'),
    'data-testid': 'edit-new-key',
  });
  const newValue = h('input', {
    type: 'text',
    placeholder: t('correct.newValue'),
    'data-testid': 'edit-new-value',
  });
  const reason = h('textarea', {
    rows: 2,
    required: true,
    'data-testid': 'edit-reason',
    placeholder: t('correct.reasonHint'),
  });

  const save = async () => {
    const changes: Record<string, EditValue> = {};
    for (const field of fields) {
      const value = parsed(field.input.value, field.before);
      if (value !== field.before) changes[field.key] = value;
    }
    if (newKey.value.trim()) changes[newKey.value.trim()] = parsed(newValue.value, undefined);
    if (Object.keys(changes).length === 0) return showInfo(t('correct.nothing'));
    const answer = await client.edit(id, changes, reason.value);
    showInfo(t('correct.saved'));
    handlers.edited(answer);
  };

  const deleteReason = h('textarea', {
    rows: 2,
    'data-testid': 'delete-reason',
    placeholder: t('correct.reasonHint'),
  });
  const confirmDelete = h(
    'div',
    { class: 'confirm-box', hidden: true, 'data-testid': 'delete-confirm' },
    h('p', {}, t('correct.deleteWarning')),
    h('label', {}, t('correct.reason'), deleteReason),
    h(
      'button',
      {
        type: 'button',
        class: 'danger',
        'data-testid': 'delete-confirm-button',
        onclick: () =>
          void attempt(
            async () => handlers.deleted(await client.remove(id, deleteReason.value)),
            t('correct.deleteFailed'),
          ),
      },
      t('correct.confirmDelete'),
    ),
  );

  return h(
    'details',
    { class: 'correction', 'data-testid': 'correction' },
    h('summary', {}, t('correct.title')),
    h(
      'form',
      {
        class: 'edit-form',
        'data-testid': 'edit-form',
        onsubmit: (event: Event) => {
          event.preventDefault();
          void attempt(save, t('correct.saveFailed'));
        },
      },
      h(
        'dl',
        { class: 'edit-fields' },
        fields.flatMap((field) => [h('dt', {}, field.key), h('dd', {}, field.input)]),
        h('dt', {}, newKey),
        h('dd', {}, newValue),
      ),
      h('p', { class: 'muted' }, t('correct.emptyRemoves')),
      h('label', {}, t('correct.reason'), reason),
      h('button', { type: 'submit', 'data-testid': 'edit-save' }, t('correct.save')),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'danger small',
        'data-testid': 'delete-start',
        onclick: () => {
          confirmDelete.hidden = false;
          deleteReason.focus();
        },
      },
      t('correct.delete'),
    ),
    confirmDelete,
  );
}
