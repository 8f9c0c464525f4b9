// Entry point: language, page frame, explorer, workbench, then the view the URL describes.
import './styles.css';
import type { WireGraph } from '../../server/contract/graph.ts';
import { Explorer } from './explorer.ts';
import type { FilterState } from './filters/filter-state.ts';
import type { Arrangement } from './graph/arrangement.ts';
import type { LabelBox } from './graph/graph-view.ts';
import type { AppliedRendering } from './graph/renderer.ts';
import { applyTranslations, detectLanguage, onLanguageChange, setLanguage, t } from './i18n/i18n.ts';
import { installKeyboard } from './keyboard.ts';
import { buildShell } from './shell.ts';
import { readUrlState } from './state/url-state.ts';
import { attempt, installGlobalErrorHandlers, mountToasts } from './ui/toast.ts';

declare global {
  interface Window {
    /** Inspection hooks for the end-to-end tests (all read-only but showGraph). */
    __explorer?: {
      nodeIds(): string[];
      /** Nodes shown: not hidden by the analyst nor filtered out by the date window. */
      visibleNodeIds(): string[];
      edgeIds(): string[];
      highlighted(): string[];
      /** The review's ghosts on the canvas: what committing the draft under review would add. */
      previewIds(): string[];
      layout(): string;
      mode(): string;
      webgl(): boolean;
      /** Client coordinates of a node or an edge's midpoint, so tests can click it. */
      position(id: string): { x: number; y: number } | null;
      /** A style property of an element as Cytoscape computes it (e.g. line-style). */
      style(id: string, property: string): string | null;
      /** Renderer and level-of-detail options as Cytoscape runs with them. */
      rendering(): AppliedRendering;
      /** On-screen boxes of the node labels drawn now. */
      labelBoxes(): LabelBox[];
      /** The filter panel's state, a plain object. */
      filters(): FilterState;
      /** Positions, hidden elements, pins, selection and viewport, as a saved view keeps them. */
      arrangement(): Arrangement;
      /**
       * The one writing hook: replaces the canvas by a graph the test built (as a partnership view
       * does), because no data in the test database is big enough to need the level of detail.
       */
      showGraph(graph: WireGraph): Promise<void>;
      /** The canvas's zoom level, and a pan by screen pixels (to bring a node near an edge). */
      zoom(): number;
      /** The labels the map chose to show, with their boxes in client coordinates. */
      mapLabelBoxes(): { id: string; text: string; x1: number; y1: number; x2: number; y2: number }[];
      panBy(dx: number, dy: number): void;
      ready: Promise<void>;
    };
  }
}

const initial = readUrlState();
setLanguage(detectLanguage(initial.lang));
const root = document.getElementById('app');
if (!root) throw new Error('index.html must have an element with id="app"');
const shell = buildShell(root);
mountToasts(shell.toasts, shell.status);
installGlobalErrorHandlers();
const explorer = new Explorer(shell, initial);
installKeyboard(explorer, shell.graphHost);
applyTranslations(document.body);

const ready = (async () => {
  const workbench = attempt(
    // A dynamic import keeps the editor (CodeMirror and the Cypher grammar) out of the first paint.
    async () =>
      (await import('./workbench/index.ts')).mountWorkbench(shell.tabs.panel('cypher'), {
        runQuery: (query, params) => explorer.api.cypher(query, params),
        getSchema: () => explorer.api.schema(),
        showGraph: (graph) => explorer.showCypherGraph(graph),
        t: (key) => t(key),
        onQueryChange: (query) => explorer.setCypher(query),
        onLanguageChange: (listener) => void onLanguageChange(() => listener()),
        initialQuery: initial.cypher ?? undefined,
      }),
    t('workbench.failed'),
  );
  await Promise.all([
    workbench,
    attempt(() => explorer.restore(initial), t('restore.failed')),
    attempt(() => explorer.loadTimeBounds(), t('time.boundsFailed')),
  ]);
})();

window.__explorer = {
  nodeIds: () => explorer.view.nodeIds(),
  visibleNodeIds: () => explorer.view.nodes(true).map((node) => node.id),
  edgeIds: () => explorer.view.edgeIds(),
  highlighted: () => explorer.view.highlighted(),
  previewIds: () => explorer.view.previewIds(),
  layout: () => explorer.view.layoutName(),
  mode: () => explorer.viewMode(),
  webgl: () => explorer.view.isWebgl(),
  position: (id) => explorer.view.clientPoint(id),
  style: (id, property) => explorer.view.styleOf(id, property),
  rendering: () => explorer.view.rendering(),
  labelBoxes: () => explorer.view.labelBoxes(),
  filters: () => explorer.desk.filterState(),
  arrangement: () => explorer.view.arrangement(),
  showGraph: (graph) => explorer.view.replaceGraph(graph),
  zoom: () => explorer.view.zoomLevel(),
  mapLabelBoxes: () => explorer.view.mapLabels(),
  panBy: (dx, dy) => explorer.view.panBy(dx, dy),
  ready,
};
