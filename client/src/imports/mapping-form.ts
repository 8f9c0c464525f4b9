// The column mapping as a form: one dropdown per field (prefilled from the server's guesses), the
// source's defaults and the register box. It reads back as the mapping the API takes.

import type { SpreadsheetMappingInput } from '../../../server/contract/spreadsheet.ts';
import {
  ACTOR_FIELDS,
  PARTNERSHIP_FIELDS,
  type RowShape,
} from '../../../server/contract/spreadsheet-fields.ts';
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';

const DEFAULT_KEYS = [
  'sourceTitle',
  'publisher',
  'published',
  'sourceUrl',
  'language',
  'frenchCountry',
] as const;
type DefaultKey = (typeof DEFAULT_KEYS)[number];

export class MappingForm {
  readonly element = h('div', { class: 'mapping-form' });
  private readonly columns = h('div', { class: 'mapping-columns', 'data-testid': 'sheet-columns' });
  private readonly selects = new Map<string, HTMLSelectElement>();
  private readonly shape = h(
    'select',
    {
      'data-testid': 'sheet-shape',
      onchange: () => this.renderColumns(this.guesses[this.currentShape()] ?? {}),
    },
    h('option', { value: 'partnerships' }, t('imports.shape.partnerships')),
    h('option', { value: 'actors' }, t('imports.shape.actors')),
  );
  private readonly register = h('input', { type: 'checkbox', 'data-testid': 'sheet-register' });
  private readonly defaults = new Map<DefaultKey, HTMLInputElement>();
  private headers: string[] = [];
  private guesses: Partial<Record<RowShape, Record<string, string>>> = {};

  constructor() {
    const defaultInputs = DEFAULT_KEYS.map((key) => {
      const input = h('input', {
        type: 'text',
        'data-testid': `sheet-default-${key}`,
        value: key === 'language' ? 'fr' : '',
      });
      this.defaults.set(key, input);
      return h('label', { class: 'field' }, h('span', {}, t(`imports.default.${key}`)), input);
    });
    this.element.append(
      h('label', { class: 'field' }, h('span', {}, t('imports.shape')), this.shape),
      h('h4', {}, t('imports.columns')),
      this.columns,
      h('h4', {}, t('imports.source')),
      h('label', { class: 'checkbox' }, this.register, ` ${t('imports.register')}`),
      ...defaultInputs,
    );
  }

  /** A new file: its headers and the columns guessed for each shape. */
  setFile(fileName: string, headers: string[], guesses: Record<RowShape, Record<string, string>>): void {
    this.headers = headers;
    this.guesses = guesses;
    const title = this.defaults.get('sourceTitle');
    if (title && !title.value) title.value = fileName;
    const published = this.defaults.get('published');
    if (published && !published.value) published.value = new Date().toISOString().slice(0, 10);
    this.renderColumns(guesses[this.currentShape()] ?? {});
  }

  private currentShape(): RowShape {
    return this.shape.value === 'actors' ? 'actors' : 'partnerships';
  }

  private renderColumns(chosen: Record<string, string>): void {
    const fields = this.currentShape() === 'actors' ? ACTOR_FIELDS : PARTNERSHIP_FIELDS;
    this.selects.clear();
    this.columns.replaceChildren(
      ...fields.map((field) => {
        const select = h(
          'select',
          { 'data-testid': `map-${field}`, 'data-field': field },
          h('option', { value: '' }, t('imports.unmapped')),
          ...this.headers.map((header) => h('option', { value: header }, header)),
        );
        select.value = chosen[field] && this.headers.includes(chosen[field]) ? chosen[field] : '';
        this.selects.set(field, select);
        return h('label', { class: 'field' }, h('span', {}, t(`imports.field.${field}`)), select);
      }),
    );
  }

  /** The mapping as the API takes it (defaults left empty are left out). */
  value(): SpreadsheetMappingInput {
    const columns: Record<string, string> = {};
    for (const [field, select] of this.selects) if (select.value) columns[field] = select.value;
    const defaults: Record<string, string> = {};
    for (const [key, input] of this.defaults) if (input.value.trim()) defaults[key] = input.value.trim();
    return {
      shape: this.currentShape(),
      columns,
      register: this.register.checked,
      defaults: defaults as SpreadsheetMappingInput['defaults'],
    };
  }

  /** A saved mapping back into the form. */
  load(mapping: SpreadsheetMappingInput): void {
    this.shape.value = mapping.shape;
    this.register.checked = Boolean(mapping.register);
    for (const [key, input] of this.defaults) {
      const value = (mapping.defaults as Record<string, string | undefined> | undefined)?.[key];
      input.value = value ?? (key === 'language' ? 'fr' : '');
    }
    this.renderColumns(mapping.columns);
  }
}
