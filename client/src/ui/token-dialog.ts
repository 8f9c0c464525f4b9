// The dialog that asks for a write token, once per tab (see api/write-token.ts for where it is kept).
import { t } from '../i18n/i18n.ts';
import { h } from './dom.ts';

/** Shows a modal dialog; resolves with the typed token, or undefined when cancelled. */
export function askForWriteToken(reason: 'missing' | 'refused'): Promise<string | undefined> {
  return new Promise((resolve) => {
    const input = h('input', {
      type: 'password',
      autocomplete: 'off',
      'data-testid': 'write-token-input',
      'aria-label': t('writeToken.label'),
    });
    const dialog = h(
      'dialog',
      { class: 'token-dialog', 'data-testid': 'write-token-dialog', 'aria-labelledby': 'write-token-title' },
      h(
        'form',
        { method: 'dialog' },
        h('h2', { id: 'write-token-title' }, t('writeToken.title')),
        h('p', {}, t(reason === 'refused' ? 'writeToken.refused' : 'writeToken.why')),
        h('label', {}, t('writeToken.label'), input),
        h(
          'div',
          { class: 'token-dialog-actions' },
          h('button', { type: 'submit', value: 'cancel', formnovalidate: true }, t('writeToken.cancel')),
          h('button', { type: 'submit', value: 'ok', 'data-testid': 'write-token-ok' }, t('writeToken.ok')),
        ),
      ),
    );
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'ok' && input.value.trim() ? input.value.trim() : undefined);
    });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
}
