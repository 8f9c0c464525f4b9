// The Export menu: PNG and SVG (with caption, legend and sources), JSON, CSV (nodes, edges) and
// GraphML of what the canvas shows (sources named by title, publisher and date beside their ids),
// and a citable brief of the path, link or node in focus as HTML or, printed, as PDF.
import type { GraphView } from '../graph/graph-view.ts';
import { language, t } from '../i18n/i18n.ts';
import type { SourceCache } from '../sources/source-cache.ts';
import { h } from '../ui/dom.ts';
import { attempt } from '../ui/toast.ts';
import { briefHtml } from './brief.ts';
import { briefScope } from './brief-scope.ts';
import { download, downloadText, exportFileName } from './download.ts';
import { citedSources, pictureNotes, withSourceTitles } from './export-notes.ts';
import { edgesCsv, nodesCsv, toJson } from './formats.ts';
import { toGraphml } from './graphml.ts';
import { pngWithNotes } from './png-notes.ts';
import { toSvg } from './svg-export.ts';

interface ExportFormat {
  id: string;
  labelKey: string;
  run(view: GraphView<unknown>, sources: SourceCache): Promise<void> | void;
}

const shown = (view: GraphView<unknown>) => ({ nodes: view.nodes(true), edges: view.edges(true) });

async function titled(view: GraphView<unknown>, sources: SourceCache) {
  const metadata = await sources.all();
  return { graph: withSourceTitles(shown(view), metadata), metadata };
}

async function brief(view: GraphView<unknown>, sources: SourceCache): Promise<string> {
  const scope = briefScope(view);
  const metadata = await sources.all();
  return briefHtml({
    title: scope.title,
    graph: scope.graph,
    scene: view.scene(scope.ids),
    notes: pictureNotes(view, scope.graph, metadata, scope.title),
    metadata,
    language: language(),
  });
}

/** The brief in a window of its own, printed: the browser's print dialog saves it as PDF. */
function printBrief(html: string): void {
  const win = window.open('', '_blank');
  if (!win) throw new Error(t('brief.popupBlocked'));
  win.document.write(html);
  win.document.close();
  win.focus();
  win.print();
}

const FORMATS: ExportFormat[] = [
  {
    id: 'png',
    labelKey: 'export.png',
    run: async (view, sources) => {
      const notes = pictureNotes(view, shown(view), await sources.all());
      download(await pngWithNotes(await view.png(), notes), exportFileName('png'));
    },
  },
  {
    id: 'svg',
    labelKey: 'export.svg',
    run: async (view, sources) => {
      const notes = pictureNotes(view, shown(view), await sources.all());
      downloadText(toSvg(view.scene(), notes), exportFileName('svg'), 'image/svg+xml');
    },
  },
  {
    id: 'json',
    labelKey: 'export.json',
    run: async (view, sources) => {
      const { graph, metadata } = await titled(view, sources);
      downloadText(toJson(graph, citedSources(graph, metadata)), exportFileName('json'), 'application/json');
    },
  },
  {
    id: 'csv-nodes',
    labelKey: 'export.csvNodes',
    run: async (view, sources) =>
      downloadText(
        nodesCsv((await titled(view, sources)).graph.nodes),
        exportFileName('csv', '-nodes'),
        'text/csv',
      ),
  },
  {
    id: 'csv-edges',
    labelKey: 'export.csvEdges',
    run: async (view, sources) =>
      downloadText(
        edgesCsv((await titled(view, sources)).graph.edges),
        exportFileName('csv', '-edges'),
        'text/csv',
      ),
  },
  {
    id: 'graphml',
    labelKey: 'export.graphml',
    run: async (view, sources) =>
      downloadText(
        toGraphml((await titled(view, sources)).graph),
        exportFileName('graphml'),
        'application/graphml+xml',
      ),
  },
  {
    id: 'brief-html',
    labelKey: 'export.briefHtml',
    run: async (view, sources) =>
      downloadText(await brief(view, sources), exportFileName('html', '-brief'), 'text/html'),
  },
  {
    id: 'brief-pdf',
    labelKey: 'export.briefPdf',
    run: async (view, sources) => printBrief(await brief(view, sources)),
  },
];

export function exportMenu(view: GraphView<unknown>, sources: SourceCache): HTMLElement {
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
            void attempt(async () => format.run(view, sources), t('export.failed'));
          },
        },
        t(format.labelKey),
      ),
    );
  }
  details.append(menu);
  return details;
}
