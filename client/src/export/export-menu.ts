// The Export menu: PNG, SVG, JSON, CSV (nodes, edges) and GraphML of what the canvas shows.
import type { GraphView } from '../graph/graph-view.ts';
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { attempt } from '../ui/toast.ts';
import { download, downloadText, exportFileName } from './download.ts';
import { edgesCsv, nodesCsv, toJson } from './formats.ts';
import { toGraphml } from './graphml.ts';
import { toSvg } from './svg-export.ts';

interface ExportFormat {
  id: string;
  labelKey: string;
  run(view: GraphView<unknown>): Promise<void> | void;
}

const graphOf = (view: GraphView<unknown>) => ({ nodes: view.nodes(true), edges: view.edges(true) });

const FORMATS: ExportFormat[] = [
  {
    id: 'png',
    labelKey: 'export.png',
    run: async (view) => download(await view.png(), exportFileName('png')),
  },
  {
    id: 'svg',
    labelKey: 'export.svg',
    run: (view) => downloadText(toSvg(view.scene()), exportFileName('svg'), 'image/svg+xml'),
  },
  {
    id: 'json',
    labelKey: 'export.json',
    run: (view) => downloadText(toJson(graphOf(view)), exportFileName('json'), 'application/json'),
  },
  {
    id: 'csv-nodes',
    labelKey: 'export.csvNodes',
    run: (view) => downloadText(nodesCsv(view.nodes(true)), exportFileName('csv', '-nodes'), 'text/csv'),
  },
  {
    id: 'csv-edges',
    labelKey: 'export.csvEdges',
    run: (view) => downloadText(edgesCsv(view.edges(true)), exportFileName('csv', '-edges'), 'text/csv'),
  },
  {
    id: 'graphml',
    labelKey: 'export.graphml',
    run: (view) =>
      downloadText(toGraphml(graphOf(view)), exportFileName('graphml'), 'application/graphml+xml'),
  },
];

export function exportMenu(view: GraphView<unknown>): HTMLElement {
  const details = h(
    'details',
    { class: 'dropdown', 'data-testid': 'export-menu' },
    h(
      'summary',
      { class: 'button', 'data-testid': 'export-toggle', 'data-i18n': 'export.label' },
      t('export.label'),
    ),
  );
  const menu = h('div', { class: 'dropdown-menu', role: 'menu' });
  for (const format of FORMATS) {
    menu.append(
      h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          'data-testid': `export-${format.id}`,
          'data-i18n': format.labelKey,
          onclick: () => {
            details.open = false;
            void attempt(async () => format.run(view), t('export.failed'));
          },
        },
        t(format.labelKey),
      ),
    );
  }
  details.append(menu);
  return details;
}
