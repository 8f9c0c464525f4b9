// "Add a source": paste a text or upload a .txt / .md / .html file, say what the source is, and the
// server drafts a review of it. Nothing reaches the graph from here: the draft opens for review.
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { showError } from '../ui/toast.ts';
import type { Draft, DraftFormat } from './draft-types.ts';
import type { DraftsApi } from './drafts-api.ts';
import { sourceFields } from './source-fields.ts';

const MAX_BYTES = 500 * 1024;
const FORMAT_BY_EXTENSION: Record<string, DraftFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
};

function formatOf(fileName: string): DraftFormat | undefined {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  return FORMAT_BY_EXTENSION[extension];
}

/** Opens the dialog; resolves with the new draft, or undefined when the analyst cancels. */
export function openAddSource(drafts: DraftsApi): Promise<Draft | undefined> {
  return new Promise((resolve) => {
    const text = h('textarea', { name: 'text', rows: 12, 'data-testid': 'add-source-text' });
    const format = h(
      'select',
      { name: 'format', 'data-testid': 'add-source-format' },
      (['text', 'markdown', 'html'] as const).map((value) =>
        h('option', { value }, t(`review.form.format.${value}`)),
      ),
    );
    const file = h('input', {
      type: 'file',
      accept: '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html',
      'data-testid': 'add-source-file',
    });
    const fields = sourceFields();
    const error = h('p', {
      class: 'form-error',
      role: 'alert',
      'data-testid': 'add-source-error',
      hidden: true,
    });
    const submit = h(
      'button',
      { type: 'submit', class: 'primary', 'data-testid': 'add-source-submit' },
      t('review.form.submit'),
    );
    const cancel = h(
      'button',
      { type: 'button', 'data-testid': 'add-source-cancel' },
      t('review.form.cancel'),
    );
    const form = h(
      'form',
      { class: 'add-source-form' },
      h('h2', { id: 'add-source-title' }, t('review.form.title')),
      h('p', { class: 'muted' }, t('review.form.why')),
      h('label', { class: 'review-field wide' }, h('span', {}, t('review.form.text')), text),
      h(
        'div',
        { class: 'review-fields' },
        h('label', { class: 'review-field' }, h('span', {}, t('review.form.file')), file),
        h('label', { class: 'review-field' }, h('span', {}, t('review.form.format')), format),
      ),
      fields.element,
      error,
      h('div', { class: 'token-dialog-actions' }, cancel, submit),
    );
    const dialog = h(
      'dialog',
      {
        class: 'add-source-dialog',
        'data-testid': 'add-source-dialog',
        'aria-labelledby': 'add-source-title',
      },
      form,
    );
    const fail = (message: string) => {
      error.textContent = message;
      error.hidden = false;
    };
    let result: Draft | undefined;

    file.addEventListener('change', async () => {
      const chosen = file.files?.[0];
      if (!chosen) return;
      const kind = formatOf(chosen.name);
      if (!kind) return fail(t('review.form.badFile', { name: chosen.name }));
      if (chosen.size > MAX_BYTES)
        return fail(t('review.form.fileTooBig', { name: chosen.name, size: Math.ceil(chosen.size / 1024) }));
      error.hidden = true;
      text.value = await chosen.text();
      format.value = kind;
    });
    cancel.addEventListener('click', () => dialog.close());
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!text.value.trim()) return fail(t('review.form.emptyText'));
      submit.disabled = true;
      form.setAttribute('aria-busy', 'true');
      try {
        const source = fields.values();
        result = await drafts.create({
          text: text.value,
          format: format.value as DraftFormat,
          ...(Object.keys(source).length > 0 ? { source } : {}),
        });
        dialog.close();
      } catch (failure) {
        // The problem's detail says what was wrong (too long, bad date…): in the form and the toasts.
        fail(failure instanceof Error ? failure.message : String(failure));
        showError(failure, t('review.form.failed'));
      } finally {
        submit.disabled = false;
        form.removeAttribute('aria-busy');
      }
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(result);
    });
    document.body.append(dialog);
    dialog.showModal();
    text.focus();
  });
}
