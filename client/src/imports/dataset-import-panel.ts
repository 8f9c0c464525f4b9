// "Import dataset documents": the import format's JSON files, picked or dropped, sent through the
// parts API (one part per file: POST /api/imports, PUT …/parts/n, POST …/commit), then followed with
// GET /api/imports/:id until published or failed, on a <progress> bar: sending, checking, writing
// N of M rows in batch k. The outcome gives the counts written, or the errors naming file, record
// and field (nothing is written then); the documents' nodes are brought onto the canvas after.
import type { ImportSession } from '../../../server/contract/api.ts';
import { ApiError } from '../api/api-error.ts';
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { attempt } from '../ui/toast.ts';
import type { SpreadsheetImportDeps } from './spreadsheet-import-panel.ts';

/** The server's body limit for one part (server/import/import-parts-routes.ts). */
const MAX_PART_BYTES = 5 * 1024 * 1024;
/** How often the commit's progress is asked for. */
const POLL_MS = 400;
/** At most this many of the documents' nodes are brought onto the canvas (a big import would drown it). */
const CANVAS_NODES = 200;
/** Errors listed under the outcome; the rest are counted. */
const SHOWN_ERRORS = 20;

type DatasetError = NonNullable<NonNullable<ImportSession['problem']>['errors']>[number];

export class DatasetImportPanel {
  readonly element: HTMLElement;
  private readonly fileInput = h('input', {
    type: 'file',
    accept: '.json,application/json',
    multiple: true,
    'data-testid': 'dataset-files',
  });
  private readonly dropZone = h(
    'div',
    { class: 'drop-zone', 'data-testid': 'dataset-drop', tabindex: 0 },
    t('datasetImport.drop'),
  );
  private readonly chosen = h('p', { class: 'muted', 'data-testid': 'dataset-chosen' });
  private readonly importButton = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      disabled: true,
      'data-testid': 'dataset-import',
      onclick: () => void attempt(() => this.runImport(), t('datasetImport.failed')),
    },
    t('datasetImport.import'),
  );
  private readonly bar = h('progress', { 'data-testid': 'dataset-progress', hidden: true });
  private readonly phase = h('span', { 'data-testid': 'dataset-phase' });
  private readonly result = h('div', { 'data-testid': 'dataset-result', role: 'status' });
  private files: File[] = [];

  constructor(private readonly deps: SpreadsheetImportDeps) {
    this.fileInput.addEventListener('change', () => this.choose([...(this.fileInput.files ?? [])]));
    this.dropZone.addEventListener('dragover', (event) => {
      event.preventDefault();
      this.dropZone.classList.add('over');
    });
    this.dropZone.addEventListener('dragleave', () => this.dropZone.classList.remove('over'));
    this.dropZone.addEventListener('drop', (event) => {
      event.preventDefault();
      this.dropZone.classList.remove('over');
      this.choose([...(event.dataTransfer?.files ?? [])]);
    });
    this.element = h(
      'section',
      { class: 'dataset-import', 'data-testid': 'dataset-import-panel' },
      h('h3', {}, t('datasetImport.title')),
      h('p', { class: 'muted' }, t('datasetImport.intro')),
      h('label', { class: 'field' }, h('span', {}, t('datasetImport.files')), this.fileInput),
      this.dropZone,
      this.chosen,
      h('div', { class: 'row' }, this.importButton),
      h('div', { class: 'import-progress', 'aria-live': 'polite' }, this.bar, ' ', this.phase),
      this.result,
    );
  }

  private choose(files: File[]): void {
    this.files = files.filter((file) => file.name.toLowerCase().endsWith('.json'));
    this.chosen.textContent =
      this.files.length === 0
        ? t('datasetImport.none')
        : t('datasetImport.chosen', {
            count: this.files.length,
            names: this.files.map((f) => f.name).join(', '),
          });
    this.importButton.disabled = this.files.length === 0;
    this.result.replaceChildren();
  }

  private async runImport(): Promise<void> {
    const files = this.files;
    const tooBig = files.find((file) => file.size > MAX_PART_BYTES);
    if (tooBig) {
      this.fail([
        { file: tooBig.name, record: '(file)', field: '(size)', message: t('datasetImport.tooBig') },
      ]);
      return;
    }
    this.importButton.disabled = true;
    this.result.replaceChildren();
    try {
      const texts = await Promise.all(files.map((file) => file.text()));
      const session = await this.deps.api.write<ImportSession>('POST', '/imports');
      const sent = await this.sendParts(session.id, files, texts);
      if (!sent) return;
      this.show({ phase: 'checking' });
      let state = await this.deps.api.write<ImportSession>('POST', `/imports/${session.id}/commit`);
      while (state.state !== 'published' && state.state !== 'failed') {
        this.show(state.state === 'writing' ? { phase: 'writing', state } : { phase: 'checking' });
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        state = await this.deps.api.read<ImportSession>(`/imports/${session.id}`, { withWriteToken: true });
      }
      if (state.state === 'failed') {
        const errors = state.problem?.errors ?? [];
        this.fail(
          errors.map((error) => withFileName(error, files)),
          state.problem?.detail,
        );
        return;
      }
      this.show({ phase: 'done', state });
      await this.deps.addNodes(nodeIdsOf(texts).slice(0, CANVAS_NODES));
      const summary = state.summary ?? { sources: 0, nodes: 0, relationships: 0 };
      this.result.replaceChildren(
        h('p', { class: 'ok', 'data-testid': 'dataset-imported' }, t('datasetImport.imported', summary)),
      );
    } finally {
      this.importButton.disabled = this.files.length === 0;
    }
  }

  /** One part per file; a part the server refuses ends the import, which is then abandoned. */
  private async sendParts(id: string, files: File[], texts: string[]): Promise<boolean> {
    for (const [i, text] of texts.entries()) {
      const file = files[i] as File;
      this.show({ phase: 'sending', sent: i, of: files.length });
      try {
        await this.deps.api.write('PUT', `/imports/${id}/parts/${i + 1}`, text, {
          contentType: 'application/json',
        });
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 400) throw error;
        await this.deps.api.write('DELETE', `/imports/${id}`).catch(() => undefined);
        const message = error.detail.replace(/^part \d+: /, '');
        this.fail([{ file: file.name, record: '(file)', field: '(json)', message }]);
        return false;
      }
    }
    return true;
  }

  private show(
    progress:
      | { phase: 'sending'; sent: number; of: number }
      | { phase: 'checking' }
      | { phase: 'writing' | 'done'; state: ImportSession },
  ): void {
    this.bar.hidden = false;
    this.bar.dataset.phase = progress.phase;
    if (progress.phase === 'checking') {
      // No value: an indeterminate bar, the checks do not know their length.
      this.bar.removeAttribute('value');
      this.phase.textContent = t('datasetImport.checking');
    } else if (progress.phase === 'sending') {
      this.bar.max = progress.of;
      this.bar.value = progress.sent;
      this.phase.textContent = t('datasetImport.sending', { n: progress.sent + 1, of: progress.of });
    } else {
      const { written, total, batches } = progress.state;
      this.bar.max = Math.max(total, 1);
      this.bar.value = progress.phase === 'done' ? this.bar.max : written;
      this.phase.textContent =
        progress.phase === 'done'
          ? t('datasetImport.published', { written, batches })
          : t('datasetImport.writing', { written, total, batch: batches + 1 });
    }
  }

  private fail(errors: DatasetError[], detail?: string): void {
    this.bar.hidden = true;
    this.phase.textContent = '';
    this.result.replaceChildren(
      h(
        'div',
        { class: 'error', 'data-testid': 'dataset-failed' },
        h('p', {}, t('datasetImport.refused')),
        detail && errors.length === 0 ? h('p', {}, detail) : null,
        h(
          'ul',
          { 'data-testid': 'dataset-errors' },
          errors
            .slice(0, SHOWN_ERRORS)
            .map((error) =>
              h(
                'li',
                { 'data-file': error.file, 'data-field': error.field },
                `${error.file}: ${error.record}: ${error.field}: ${error.message}`,
              ),
            ),
        ),
        errors.length > SHOWN_ERRORS
          ? h('p', {}, t('datasetImport.moreErrors', { count: errors.length - SHOWN_ERRORS }))
          : null,
      ),
    );
  }
}

/** The server stores part n as part-0000n.json and names it so: the analyst knows the file by its name. */
function withFileName(error: DatasetError, files: File[]): DatasetError {
  const part = /^part-(\d+)\.json$/.exec(error.file);
  const file = part ? files[Number(part[1]) - 1] : undefined;
  return file ? { ...error, file: file.name } : error;
}

/** The ids of the nodes the documents define, in order, each once. */
function nodeIdsOf(texts: string[]): string[] {
  const ids = new Set<string>();
  for (const text of texts) {
    try {
      const nodes = (JSON.parse(text) as { nodes?: { id?: unknown }[] }).nodes ?? [];
      for (const node of nodes) if (typeof node.id === 'string') ids.add(node.id);
    } catch {
      // A file the server accepted parses; one it refused never reaches here.
    }
  }
  return [...ids];
}
