// The source's fields (title, publisher, publication date, language, URL), for the "Add a source"
// form and the review's header, where the draft's proposals (detected language, a date printed in
// the text) are offered next to the fields.
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import type { DraftSourceInput } from './draft-types.ts';

const FIELDS = [
  ['title', 'review.form.sourceTitle', 'text'],
  ['publisher', 'review.form.publisher', 'text'],
  ['published', 'review.form.published', 'text'],
  ['language', 'review.form.language', 'text'],
  ['url', 'review.form.url', 'url'],
] as const;
type FieldName = (typeof FIELDS)[number][0];

export interface SourceFields {
  element: HTMLElement;
  /** The filled fields; blanks are left out (the server proposes them from the text). */
  values(): DraftSourceInput;
}

export function sourceFields(
  initial: Partial<Record<FieldName, string>> = {},
  proposed: { language?: string; published?: string } = {},
): SourceFields {
  const inputs = new Map<FieldName, HTMLInputElement>();
  const rows = FIELDS.map(([name, labelKey, type]) => {
    const input = h('input', {
      name,
      type,
      'data-testid': `source-${name}`,
      value: initial[name] ?? '',
      ...(name === 'published' ? { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', placeholder: '2025-04-12' } : {}),
      ...(name === 'language' ? { pattern: '[a-z]{2}', placeholder: 'fr', maxlength: 2 } : {}),
    });
    inputs.set(name, input);
    const offer = name === 'language' || name === 'published' ? proposed[name] : undefined;
    const use =
      offer && offer !== input.value
        ? h(
            'button',
            { type: 'button', class: 'link-button', 'data-testid': `source-${name}-proposed` },
            t('review.source.proposed', { value: offer }),
          )
        : null;
    use?.addEventListener('click', () => {
      input.value = offer ?? '';
      use.remove();
    });
    return h('label', { class: 'review-field' }, h('span', {}, t(labelKey)), input, use);
  });
  return {
    element: h('div', { class: 'review-fields source-fields' }, rows),
    values() {
      const values: Record<string, string> = {};
      for (const [name, input] of inputs) {
        const value = input.value.trim();
        if (value) values[name] = value;
      }
      return values as DraftSourceInput;
    },
  };
}
