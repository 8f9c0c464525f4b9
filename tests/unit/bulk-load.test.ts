// A whole canvas is loaded with its degrees and hub classes already in the element definitions
// (bulk-load.ts), and refreshDegrees counts from the edges: both must give exactly the degrees the
// old rule gave (distinct neighbours, group pseudo-nodes left out) and the hubs markHubs picks.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { refreshDegrees } from '../../client/src/graph/appearance.ts';
import { withDegreesAndHubs } from '../../client/src/graph/bulk-load.ts';
import { toEdgeElement, toGroupElements, toNodeElement } from '../../client/src/graph/elements.ts';
import { HUB_CLASS, LABELLED_HUBS, markHubs } from '../../client/src/graph/level-of-detail.ts';
import { generateCanvas } from '../support/generated-canvas.ts';

function canvasElements(): ElementDefinition[] {
  const { graph } = generateCanvas(1200, 11);
  const centre = graph.nodes[0]?.id ?? '';
  const edges = graph.edges.map(toEdgeElement);
  // A repeated pair: two edges between the same nodes count one neighbour.
  const first = graph.edges[0];
  if (first) edges.push(toEdgeElement({ ...first, id: `${first.id}-again` }));
  return [
    ...graph.nodes.map((node) => toNodeElement(node, 'en')),
    ...edges,
    ...toGroupElements(centre, { type: 'MEMBER_OF', direction: 'out', label: 'Organisation', count: 40 }),
  ];
}

/** The rule before bulk-load.ts: neighbourhood nodes, groups left out. */
function neighbourhoodDegrees(elements: ElementDefinition[]): Map<string, number> {
  const cy = cytoscape({ headless: true, elements });
  return new Map(
    cy
      .nodes()
      .not('.group')
      .map((node) => [node.id(), node.neighborhood('node').not('.group').length]),
  );
}

describe('loading a whole canvas', () => {
  const elements = canvasElements();
  const expected = neighbourhoodDegrees(elements);

  it('puts the neighbourhood degree in every node definition', () => {
    const loaded = withDegreesAndHubs(elements, true).filter(
      (element) => element.group === 'nodes' && !element.data.isGroup,
    );
    expect(loaded.length).toBe(expected.size);
    expect(Math.max(...expected.values())).toBeGreaterThan(20);
    for (const node of loaded) expect(node.data.degree).toBe(expected.get(String(node.data.id)));
  });

  it('marks the hubs markHubs marks, and only on a big canvas', () => {
    const hubs = (defs: ElementDefinition[]) =>
      defs.filter((element) => String(element.classes ?? '').includes(HUB_CLASS)).map((e) => e.data.id);
    const cy = cytoscape({ headless: true, elements: withDegreesAndHubs(elements, false) });
    markHubs(cy, true);
    const marked = cy.nodes(`.${HUB_CLASS}`).map((node) => node.id());
    expect(marked.length).toBe(LABELLED_HUBS);
    expect(hubs(withDegreesAndHubs(elements, true)).sort()).toEqual(marked.sort());
    expect(hubs(withDegreesAndHubs(elements, false))).toEqual([]);
  });

  it('refreshDegrees counts the same degrees from the edges', () => {
    const cy = cytoscape({ headless: true, elements });
    refreshDegrees(cy);
    const counted = cy.nodes().not('.group');
    expect(counted.length).toBe(expected.size);
    counted.forEach((node) => {
      expect(node.data('degree')).toBe(expected.get(node.id()));
    });
  });
});
