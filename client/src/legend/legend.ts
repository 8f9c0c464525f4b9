// The legend: one entry per label on the canvas (its shape) and per kind (its colour), with counts
// of the nodes drawn (hidden and filtered-out ones left out), then how status, evidence strength and
// inferred dates are drawn (graph-style.ts). It sits in a strip under the canvas, never over it.
import type { WireNode } from '../../../server/contract/graph.ts';
import { text } from '../graph/elements.ts';
import { INFERRED_DATE_COLOR, LABEL_ORDER, lookOf, primaryLabel } from '../graph/palette.ts';
import { t } from '../i18n/i18n.ts';
import { kindName, labelName } from '../i18n/vocabulary.ts';
import { h } from '../ui/dom.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

const SHAPE_POINTS: Record<string, string> = {
  diamond: '8,1 15,8 8,15 1,8',
  'round-triangle': '8,2 15,14 1,14',
  'round-hexagon': '4,2 12,2 15,8 12,14 4,14 1,8',
  'round-octagon': '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  'round-tag': '1,2 11,2 15,8 11,14 1,14',
};

function swatch(shape: string, color: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  let figure: SVGElement;
  const points = SHAPE_POINTS[shape];
  if (points) {
    figure = document.createElementNS(SVG_NS, 'polygon');
    figure.setAttribute('points', points);
  } else if (shape === 'ellipse') {
    figure = document.createElementNS(SVG_NS, 'circle');
    figure.setAttribute('cx', '8');
    figure.setAttribute('cy', '8');
    figure.setAttribute('r', '7');
  } else {
    figure = document.createElementNS(SVG_NS, 'rect');
    figure.setAttribute('x', '1');
    figure.setAttribute('y', '3');
    figure.setAttribute('width', '14');
    figure.setAttribute('height', '10');
    figure.setAttribute('rx', shape === 'rectangle' ? '0' : '3');
  }
  figure.setAttribute('fill', color);
  svg.append(figure);
  return svg;
}

/** The shape alone, outlined: a label whose nodes are coloured by their kinds. */
function outlinedSwatch(shape: string): SVGSVGElement {
  const svg = swatch(shape, 'none');
  const figure = svg.firstElementChild;
  figure?.setAttribute('stroke', '#475569');
  figure?.setAttribute('stroke-width', '1.5');
  return svg;
}

/** A short line as the canvas draws it: dashed for planned, dotted for cancelled, wide for many sources. */
function lineSwatch(dash: string | null, width: number, color = '#64748b'): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 16');
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG_NS, 'line');
  for (const [name, value] of Object.entries({ x1: '1', y1: '8', x2: '23', y2: '8' }))
    line.setAttribute(name, value);
  line.setAttribute('stroke', color);
  line.setAttribute('stroke-width', String(width));
  if (dash) line.setAttribute('stroke-dasharray', dash);
  svg.append(line);
  return svg;
}

function hollowSwatch(dash: string, color: string): SVGSVGElement {
  const svg = swatch('ellipse', color);
  const circle = svg.firstElementChild;
  circle?.setAttribute('fill-opacity', '0.2');
  circle?.setAttribute('stroke', color);
  circle?.setAttribute('stroke-width', '1.5');
  circle?.setAttribute('stroke-dasharray', dash);
  return svg;
}

function standingLegend(): HTMLElement {
  const entry = (key: string, ...marks: SVGSVGElement[]) =>
    h(
      'li',
      { class: 'legend-label', 'data-legend-standing': key },
      h('span', { class: 'legend-head' }, marks, ` ${t(`legend.${key}`)}`),
    );
  return h(
    'ul',
    { class: 'legend-list legend-standing', 'data-testid': 'legend-standing' },
    entry('planned', hollowSwatch('3,2', '#64748b'), lineSwatch('5,3', 2)),
    entry('cancelled', hollowSwatch('1,2', '#94a3b8'), lineSwatch('1,3', 2, '#94a3b8')),
    entry('sources', lineSwatch(null, 1.5), lineSwatch(null, 5)),
    entry('inferred', hollowSwatch('0', INFERRED_DATE_COLOR)),
  );
}

export function renderLegend(container: HTMLElement, nodes: WireNode[]): void {
  const byLabel = new Map<string, Map<string, number>>();
  for (const node of nodes) {
    const label = primaryLabel(node.labels);
    const kinds = byLabel.get(label) ?? new Map<string, number>();
    const kind = text(node.properties.kind) ?? '';
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    byLabel.set(label, kinds);
  }
  const labels = [...byLabel.keys()].sort((a, b) => LABEL_ORDER.indexOf(a) - LABEL_ORDER.indexOf(b));
  const list = h('ul', { class: 'legend-list' });
  for (const label of labels) {
    const kinds = byLabel.get(label) ?? new Map<string, number>();
    const total = [...kinds.values()].reduce((a, b) => a + b, 0);
    // The head's swatch is a colour the canvas draws: the label's own when its nodes share one look,
    // else its shape alone (outlined), since the kinds below give the colours.
    const colours = new Set([...kinds.keys()].map((kind) => lookOf(label, kind || null).color));
    const base = lookOf(label, null);
    const headSwatch =
      colours.size === 1 ? swatch(base.shape, [...colours][0] as string) : outlinedSwatch(base.shape);
    // Nodes without a kind are drawn in the label's colour: they get a chip of their own when
    // other nodes of the label have kinds, so every colour on the canvas is in the legend.
    const kindChips = [...kinds.entries()]
      .filter(([kind]) => kind !== '' || colours.size > 1)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, count]) => {
        const look = lookOf(label, kind || null);
        const name = kind ? kindName(kind) : t('legend.noKind');
        return h(
          'span',
          { class: 'legend-kind', title: `${name} (${count})`, 'data-legend-kind': kind },
          swatch(look.shape, look.color),
          ` ${name} ${count}`,
        );
      });
    list.append(
      h(
        'li',
        { class: 'legend-label', 'data-legend-label': label },
        h('span', { class: 'legend-head' }, headSwatch, ` ${labelName(label)} (${total})`),
        kindChips.length > 0 ? h('span', { class: 'legend-kinds' }, kindChips) : null,
      ),
    );
  }
  const body = labels.length > 0 ? list : h('p', { class: 'muted' }, t('legend.empty'));
  const details = container.querySelector('details');
  const open = details ? details.open : true;
  container.replaceChildren(
    h(
      'details',
      { class: 'legend', open, 'data-testid': 'legend' },
      h('summary', {}, t('legend.title')),
      body,
      h('p', { class: 'legend-note' }, t('legend.sizeNote')),
      standingLegend(),
    ),
  );
}
