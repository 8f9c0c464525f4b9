// "Import a spreadsheet": choose a file, map its columns (prefilled from its headers), save or load
// a named mapping, preview (counts, row errors, the first rows), import, and see the new facts on
// the canvas. The panel talks to the API and to the canvas through the two doors it is given.
// Below it, the tab also imports dataset documents (dataset-import-panel.ts), through the same doors.
import type {
  SavedMapping,
  SpreadsheetImportResponse,
  SpreadsheetPreview,
} from '../../../server/contract/spreadsheet.ts';
import type { ApiClient } from '../api/api-client.ts';
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { attempt } from '../ui/toast.ts';
import { DatasetImportPanel } from './dataset-import-panel.ts';
import { MappingForm } from './mapping-form.ts';
import { previewView } from './preview-view.ts';

export interface SpreadsheetImportDeps {
  api: Pick<ApiClient, 'write' | 'read'>;
  /** Brings these nodes (with the links between them and the canvas) onto the canvas. */
  addNodes(ids: string[]): Promise<void>;
}

const MAPPINGS_PATH = '/imports/spreadsheet/mappings';

export class SpreadsheetImportPanel {
  private readonly form = new MappingForm();
  private readonly fileInput = h('input', {
    type: 'file',
    accept: '.csv,.tsv,.txt,.xlsx',
    'data-testid': 'sheet-file',
  });
  private readonly encoding = h(
    'select',
    { 'data-testid': 'sheet-encoding' },
    h('option', { value: '' }, t('imports.encoding.auto')),
    h('option', { value: 'utf-8' }, 'UTF-8'),
    h('option', { value: 'windows-1252' }, 'Windows-1252'),
  );
  private readonly savedSelect = h('select', { 'data-testid': 'sheet-saved' });
  private readonly saveName = h('input', { type: 'text', 'data-testid': 'sheet-save-name' });
  private readonly importButton = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      disabled: true,
      'data-testid': 'sheet-import',
      onclick: () => void this.runImport(),
    },
    t('imports.import'),
  );
  private readonly result = h('div', { 'data-testid': 'sheet-result', role: 'status' });
  private file: { name: string; content: string } | null = null;
  private saved: SavedMapping[] = [];

  constructor(
    body: HTMLElement,
    private readonly deps: SpreadsheetImportDeps,
  ) {
    this.fileInput.addEventListener('change', () => void this.onFile());
    this.encoding.addEventListener('change', () => void this.onFile());
    body.replaceChildren(
      h('h3', {}, t('imports.title')),
      h('p', { class: 'muted' }, t('imports.intro')),
      h('label', { class: 'field' }, h('span', {}, t('imports.file')), this.fileInput),
      h('label', { class: 'field' }, h('span', {}, t('imports.encoding')), this.encoding),
      h(
        'div',
        { class: 'row' },
        h('label', { class: 'field' }, h('span', {}, t('imports.saved')), this.savedSelect),
        h(
          'button',
          { type: 'button', class: 'small', 'data-testid': 'sheet-load', onclick: () => this.loadSaved() },
          t('imports.load'),
        ),
      ),
      this.form.element,
      h(
        'div',
        { class: 'row' },
        h('label', { class: 'field' }, h('span', {}, t('imports.saveAs')), this.saveName),
        h(
          'button',
          { type: 'button', class: 'small', 'data-testid': 'sheet-save', onclick: () => void this.save() },
          t('imports.save'),
        ),
      ),
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          { type: 'button', 'data-testid': 'sheet-preview-button', onclick: () => void this.preview() },
          t('imports.preview'),
        ),
        this.importButton,
      ),
      this.result,
      new DatasetImportPanel(deps).element,
    );
  }

  /** Shown: the saved mappings are listed (this asks for the write token once). */
  async refreshSaved(): Promise<void> {
    const { mappings } = await this.deps.api.read<{ mappings: SavedMapping[] }>(MAPPINGS_PATH, {
      withWriteToken: true,
    });
    this.saved = mappings;
    this.savedSelect.replaceChildren(
      h('option', { value: '' }, t('imports.saved.none')),
      ...mappings.map((saved) => h('option', { value: saved.name }, saved.name)),
    );
  }

  private async onFile(): Promise<void> {
    const chosen = this.fileInput.files?.[0];
    if (!chosen) return;
    this.file = { name: chosen.name, content: await base64Of(chosen) };
    this.importButton.disabled = true;
    await attempt(async () => {
      const preview = await this.request<SpreadsheetPreview>('/imports/spreadsheet/preview', false);
      if (!preview) return;
      this.form.setFile(chosen.name, preview.headers, preview.suggestedColumns);
      this.result.replaceChildren(previewView(preview));
    }, t('imports.failed'));
  }

  private loadSaved(): void {
    const saved = this.saved.find((entry) => entry.name === this.savedSelect.value);
    if (saved) {
      this.form.load(saved.mapping);
      this.saveName.value = saved.name;
    }
  }

  private async save(): Promise<void> {
    const name = this.saveName.value.trim();
    if (!name) return;
    await attempt(async () => {
      await this.deps.api.write('PUT', `${MAPPINGS_PATH}/${encodeURIComponent(name)}`, {
        mapping: this.form.value(),
      });
      await this.refreshSaved();
      this.savedSelect.value = name;
      this.result.replaceChildren(h('p', { class: 'ok' }, t('imports.saved.done', { name })));
    }, t('imports.failed'));
  }

  private async preview(): Promise<void> {
    this.importButton.disabled = true;
    await attempt(async () => {
      const preview = await this.request<SpreadsheetPreview>('/imports/spreadsheet/preview', true);
      if (!preview) return;
      this.result.replaceChildren(previewView(preview));
      this.importButton.disabled =
        preview.errorCount > 0 || preview.counts.relationships + preview.counts.nodes === 0;
    }, t('imports.failed'));
  }

  private async runImport(): Promise<void> {
    this.importButton.disabled = true;
    // One request does the whole import: a busy bar (no value: indeterminate) while it runs.
    this.result.replaceChildren(
      h(
        'p',
        { 'data-testid': 'sheet-importing', 'aria-busy': 'true' },
        h('progress', {}),
        ' ',
        t('imports.importing'),
      ),
    );
    await attempt(async () => {
      const summary = await this.request<SpreadsheetImportResponse>('/imports/spreadsheet', true).catch(
        (error: unknown) => {
          this.result.replaceChildren();
          throw error;
        },
      );
      if (!summary) return;
      await this.deps.addNodes(summary.nodeIds);
      this.result.replaceChildren(
        h(
          'p',
          { class: 'ok', 'data-testid': 'sheet-imported' },
          t('imports.imported', {
            rows: summary.rowCount,
            nodes: summary.nodes,
            relationships: summary.relationships,
          }),
        ),
      );
    }, t('imports.failed'));
  }

  private async request<T>(path: string, withMapping: boolean): Promise<T | undefined> {
    if (!this.file) {
      this.result.replaceChildren(h('p', { class: 'error' }, t('imports.chooseFile')));
      return undefined;
    }
    return this.deps.api.write<T>('POST', path, {
      fileName: this.file.name,
      content: this.file.content,
      ...(this.encoding.value ? { encoding: this.encoding.value } : {}),
      ...(withMapping ? { mapping: this.form.value() } : {}),
    });
  }
}

/** The file's bytes in base64, in chunks (String.fromCharCode over 10 MB at once overflows the stack). */
async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
