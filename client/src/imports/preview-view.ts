// The preview of a spreadsheet import: how the file was read, the counts, the row errors (row,
// column, problem) and the first rows as they will be imported.
import type { SpreadsheetPreview } from '../../../server/contract/spreadsheet.ts';
import { formatNumber, t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';

export function previewView(preview: SpreadsheetPreview): HTMLElement {
  const how = [
    preview.format.toUpperCase(),
    preview.encoding ? `${preview.encoding}${preview.encodingDetected ? '' : ' ✓'}` : null,
    preview.delimiter ? `« ${preview.delimiter === '\t' ? 'tab' : preview.delimiter} »` : null,
    preview.sheet ?? null,
  ]
    .filter(Boolean)
    .join(', ');
  const { counts } = preview;
  return h(
    'div',
    { class: 'sheet-preview', 'data-testid': 'sheet-preview' },
    h(
      'p',
      { 'data-testid': 'sheet-read' },
      t('imports.read', { rows: formatNumber(preview.rowCount), columns: preview.headers.length, how }),
    ),
    h(
      'p',
      { 'data-testid': 'sheet-counts' },
      t('imports.counts', {
        matched: counts.matchedActors,
        created: counts.newActors,
        relationships: counts.relationships,
        sources: counts.sources,
        bad: counts.rowsWithErrors,
      }),
    ),
    preview.errorCount > 0
      ? errorTable(preview)
      : h('p', { class: 'ok', 'data-testid': 'sheet-no-errors' }, t('imports.noErrors')),
    actorList('imports.matched', preview.matched),
    actorList('imports.created', preview.created),
    rowTable(preview),
  );
}

function errorTable(preview: SpreadsheetPreview): HTMLElement {
  return h(
    'div',
    {},
    h('h4', {}, `${t('imports.errors')} (${preview.errorCount})`),
    h(
      'table',
      { class: 'sheet-errors', 'data-testid': 'sheet-errors' },
      h(
        'tr',
        {},
        h('th', {}, t('imports.error.row')),
        h('th', {}, t('imports.error.column')),
        h('th', {}, t('imports.error.message')),
      ),
      ...preview.errors.map((error) =>
        h(
          'tr',
          { 'data-row': error.row, 'data-column': error.column },
          h('td', {}, String(error.row)),
          h('td', {}, error.column),
          h('td', {}, error.message),
        ),
      ),
    ),
  );
}

function actorList(titleKey: string, actors: SpreadsheetPreview['matched']): HTMLElement | null {
  if (actors.length === 0) return null;
  return h(
    'details',
    {},
    h('summary', {}, `${t(titleKey)} (${actors.length})`),
    h('ul', {}, ...actors.map((actor) => h('li', {}, `${actor.name} → ${actor.id} (${actor.label})`))),
  );
}

function rowTable(preview: SpreadsheetPreview): HTMLElement {
  const fields = [...new Set(preview.rows.flatMap((row) => Object.keys(row.values)))];
  return h(
    'div',
    {},
    h('h4', {}, t('imports.rows')),
    h(
      'table',
      { class: 'sheet-rows', 'data-testid': 'sheet-rows' },
      h(
        'tr',
        {},
        h('th', {}, '#'),
        ...fields.map((field) => h('th', {}, t(`imports.field.${field}`))),
        h('th', {}, t('imports.facts')),
      ),
      ...preview.rows.map((row) =>
        h(
          'tr',
          { class: row.errors.length > 0 ? 'has-error' : '' },
          h('td', {}, String(row.row)),
          ...fields.map((field) => h('td', {}, row.values[field] ?? '')),
          h('td', {}, row.facts.map((fact) => `${fact.from} ${fact.type} ${fact.to}`).join('; ')),
        ),
      ),
    ),
  );
}
