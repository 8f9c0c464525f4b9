// The Cypher workbench: an editor with schema-aware completion, JSON parameters, Ctrl/Cmd+Enter to
// run, results as Graph / Table / JSON, errors pointed out in the query, history, saved queries and
// examples. It talks to the app only through `deps`.
import './workbench.css';
import type { CypherResponse, SchemaResponse } from '../../../server/contract/api.ts';
import type { WireGraph } from '../../../server/contract/graph.ts';
import { h } from '../ui/dom.ts';
import { createQueryEditor } from './cypher-editor.ts';
import { type EditorSchema, toEditorSchema } from './editor-schema.ts';
import { type ErrorPosition, positionOf, toEditorPosition } from './error-position.ts';
import { createLibraryView } from './library-view.ts';
import { workbenchTranslator } from './messages.ts';
import { paramNames, parseParams } from './params.ts';
import { createResultsView } from './results-view.ts';

export { workbenchMessages } from './messages.ts';

export interface WorkbenchDeps {
  /** Rejects with an Error whose message is Neo4j's, with `position` when Neo4j gives one. */
  runQuery(query: string, params: Record<string, unknown>): Promise<CypherResponse>;
  getSchema(): Promise<SchemaResponse>;
  showGraph(graph: WireGraph): void;
  t(key: string): string;
  onQueryChange?(query: string): void;
  /** Calls back when the UI language changes, so what was rendered in the old one is redone. */
  onLanguageChange?(listener: () => void): void;
  initialQuery?: string;
}

export interface Workbench {
  setQuery(query: string): void;
  run(): Promise<void>;
  destroy(): void;
}

export function mountWorkbench(container: HTMLElement, deps: WorkbenchDeps): Workbench {
  const t = workbenchTranslator(deps.t);
  let schema: EditorSchema = toEditorSchema({ labels: [], relationshipTypes: [], propertyKeys: [] });
  let runId = 0;

  const editorHost = h('div', {
    class: 'wb-editor',
    'data-testid': 'workbench-editor',
    'aria-label': t('workbench.editor'),
  });
  const paramsInput = h('textarea', {
    class: 'wb-params',
    'data-testid': 'workbench-params',
    rows: 3,
    spellcheck: 'false',
    placeholder: '{"from": "state-of-wisconsin"}',
  });
  const runButton = h(
    'button',
    { type: 'button', class: 'wb-run', 'data-testid': 'workbench-run', 'data-i18n': 'workbench.run' },
    t('workbench.run'),
  );
  const errorBox = h('div', {
    class: 'wb-error',
    'data-testid': 'workbench-error',
    role: 'alert',
    hidden: true,
  });
  const results = createResultsView(t, (graph) => deps.showGraph(graph));

  const editor = createQueryEditor(editorHost, {
    value: deps.initialQuery ?? '',
    placeholder: 'MATCH (n:Organisation) RETURN n LIMIT 25',
    onChange: (value) => deps.onQueryChange?.(value),
  });

  const library = createLibraryView({
    t,
    storage: typeof localStorage === 'undefined' ? undefined : localStorage,
    load(query, params) {
      editor.setValue(query);
      paramsInput.value = params;
      refreshParameters();
      editor.focus();
    },
    current: () => ({ query: editor.getValue(), params: paramsInput.value }),
  });

  function refreshParameters(): void {
    editor.setSchema({ ...schema, parameters: paramNames(paramsInput.value) });
  }

  /** `ran`: whether Neo4j refused the query, or the workbench did not send it. */
  function showError(message: string, ran: boolean, position?: ErrorPosition): void {
    errorBox.replaceChildren(
      h('strong', {}, t(ran ? 'workbench.error.title' : 'workbench.error.notRun')),
      h('pre', { class: 'wb-error-message' }, message),
    );
    if (position) {
      const where = t('workbench.error.position', { line: position.line, column: position.column });
      errorBox.append(
        h(
          'button',
          {
            type: 'button',
            class: 'wb-link',
            'data-testid': 'workbench-error-position',
            onclick: () => editor.markError(position.offset),
          },
          where,
        ),
      );
      editor.markError(position.offset);
    }
    errorBox.hidden = false;
  }

  function hideError(): void {
    errorBox.hidden = true;
    errorBox.replaceChildren();
  }

  async function run(): Promise<void> {
    const query = editor.getValue();
    if (query.trim() === '') return showError(t('workbench.error.emptyQuery'), false);
    const parsed = parseParams(paramsInput.value);
    if (!parsed.ok) {
      paramsInput.setAttribute('aria-invalid', 'true');
      return showError(
        parsed.error === 'invalidJson'
          ? t('workbench.params.invalidJson', { detail: parsed.detail })
          : t('workbench.params.notObject'),
        false,
      );
    }
    paramsInput.removeAttribute('aria-invalid');
    hideError();
    editor.closeCompletion();
    const id = ++runId;
    runButton.disabled = true;
    runButton.textContent = t('workbench.running');
    try {
      const response = await deps.runQuery(query.trim(), parsed.params);
      if (id !== runId) return; // a newer run has started; its answer wins
      library.recordRun({ query, params: paramsInput.value, at: new Date().toISOString() });
      results.show(response);
    } catch (error) {
      if (id !== runId) return;
      results.clear();
      const position = positionOf(error);
      showError(
        error instanceof Error ? error.message : String(error),
        true,
        position && toEditorPosition(query, position),
      );
    } finally {
      if (id === runId) {
        runButton.disabled = false;
        runButton.textContent = t('workbench.run');
      }
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    // Capture phase, so CodeMirror's own Mod-Enter (insert a blank line) never sees it.
    event.preventDefault();
    event.stopPropagation();
    void run();
  };

  const root = h(
    'section',
    { class: 'wb', 'data-testid': 'workbench' },
    h(
      'div',
      { class: 'wb-main' },
      editorHost,
      h(
        'label',
        { class: 'wb-params-label' },
        h('span', { 'data-i18n': 'workbench.params' }, t('workbench.params')),
        paramsInput,
      ),
      h(
        'div',
        { class: 'wb-actions' },
        runButton,
        h('span', { class: 'wb-hint', 'data-i18n': 'workbench.runHint' }, t('workbench.runHint')),
      ),
      errorBox,
      results.element,
    ),
    library.element,
  );
  root.addEventListener('keydown', onKeyDown, true);
  runButton.addEventListener('click', () => void run());
  paramsInput.addEventListener('input', refreshParameters);
  container.append(root);
  deps.onLanguageChange?.(() => {
    editorHost.setAttribute('aria-label', t('workbench.editor'));
    results.relabel();
    library.relabel();
  });

  deps
    .getSchema()
    .then((response) => {
      schema = toEditorSchema(response);
      refreshParameters();
    })
    // Without the schema, completion still offers keywords and the query's own variables.
    .catch(() => undefined);

  return {
    setQuery(query) {
      editor.setValue(query);
      hideError();
    },
    run,
    destroy() {
      runId++;
      root.removeEventListener('keydown', onKeyDown, true);
      editor.destroy();
      root.remove();
    },
  };
}
