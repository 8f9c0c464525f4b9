// Gives the Cypher workbench (client/src/workbench/, written by another helper) its panel, and
// wires its results onto the canvas. Loaded through a glob so the build works before it exists.
import type { CypherResponse, SchemaResponse } from '../../../server/contract/api.ts';
import type { WireGraph } from '../../../server/contract/graph.ts';
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';

export interface WorkbenchDeps {
  runQuery(query: string, params: Record<string, unknown>): Promise<CypherResponse>;
  getSchema(): Promise<SchemaResponse>;
  showGraph(graph: WireGraph): void;
  t(key: string): string;
  onQueryChange?(query: string): void;
  initialQuery?: string;
}

export interface Workbench {
  setQuery(query: string): void;
  run(): Promise<void>;
}

interface WorkbenchModule {
  mountWorkbench(container: HTMLElement, deps: WorkbenchDeps): Workbench;
}

const modules = import.meta.glob<WorkbenchModule>('../workbench/index.ts');

export async function mountWorkbenchPanel(
  container: HTMLElement,
  deps: WorkbenchDeps,
): Promise<Workbench | null> {
  const load = modules['../workbench/index.ts'];
  if (load) {
    const module = await load();
    if (typeof module.mountWorkbench === 'function') return module.mountWorkbench(container, deps);
  }
  container.replaceChildren(
    h('p', { class: 'muted', 'data-testid': 'workbench-missing' }, t('workbench.unavailable')),
  );
  return null;
}
