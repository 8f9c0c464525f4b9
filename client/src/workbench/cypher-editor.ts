// The Cypher editor: @neo4j-cypher/codemirror (CodeMirror 6 with highlighting, linting and
// schema-aware completion). The only module that imports it, so the rest stays testable in Node.
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import type { EditorSchema } from './editor-schema.ts';

export interface QueryEditor {
  getValue(): string;
  setValue(value: string): void;
  setSchema(schema: EditorSchema): void;
  /** Selects the token Neo4j points at (0-based offset) and brings it into view. */
  markError(offset: number): void;
  focus(): void;
  /** Closes the completion popup (after a run, the analyst reads results, not suggestions). */
  closeCompletion(): void;
  destroy(): void;
}

/** Characters of one Cypher token, to select a whole name rather than one letter. */
const TOKEN_CHAR = /[\p{L}\p{N}_$`]/u;

export function createQueryEditor(
  parent: HTMLElement,
  options: { value: string; placeholder: string; onChange(value: string): void },
): QueryEditor {
  // The 1.0.3 typings say createCypherEditor returns the EditorApi; at run time it returns
  // { editor: EditorApi } (es/codemirror.js ends with `return { editor: editorAPI }`).
  const created = createCypherEditor(parent, {
    value: options.value,
    lint: true,
    autofocus: false,
    lineWrapping: true,
    // Fixed, not absolute: the popup then floats over the page instead of being cut off by the
    // editor's scroll box.
    tooltipAbsolute: false,
    placeholder: options.placeholder,
    // Always number lines: Neo4j's error positions say "line L".
    lineNumberFormatter: (line) => String(line),
  }) as unknown as { editor: EditorApi };
  const editor = created.editor;
  const view = editor.codemirror;
  const stopListening = editor.onValueChanged((value) => options.onChange(value));

  return {
    getValue: () => view.state.doc.toString(),
    setValue: (value) => editor.setValue(value),
    setSchema: (schema) => editor.setSchema(schema),
    markError(offset) {
      const text = view.state.doc.toString();
      const from = Math.max(0, Math.min(offset, text.length));
      let to = from;
      while (to < text.length && TOKEN_CHAR.test(text.charAt(to))) to++;
      if (to === from && from < text.length) to = from + 1;
      view.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true });
      editor.focus();
    },
    focus: () => editor.focus(),
    closeCompletion: () => editor.setAutocompleteOpen(false),
    destroy() {
      stopListening();
      editor.destroy();
    },
  };
}
