// Layout runs. Full runs lay out every visible element; incremental runs (after an expand) place
// only the new nodes, next to a neighbour already on the canvas, and let fcose settle them while
// every other node stays fixed, so the analyst's mental map survives additions.
import type { Core, LayoutOptions, NodeCollection, NodeSingular, Position } from 'cytoscape';

export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'map', 'timeline'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export function isLayoutName(value: string | null): value is LayoutName {
  return value !== null && (LAYOUT_NAMES as readonly string[]).includes(value);
}

/** Layouts whose positions come from the data (coordinates, dates) rather than from forces. */
export function isPresetLayout(name: LayoutName): boolean {
  return name === 'map' || name === 'timeline';
}

/** Above this many nodes, layouts jump to their result instead of animating. */
const ANIMATE_BELOW = 400;

function run(cy: Core, options: LayoutOptions, nodes?: NodeCollection): Promise<void> {
  const target = nodes ? nodes.union(nodes.connectedEdges()) : cy.elements(':visible');
  const layout = target.layout(options);
  const done = new Promise<void>((resolve) =>
    layout.one('layoutstop', () => {
      if ((options as { fit?: boolean }).fit) clampZoom(cy);
      resolve();
    }),
  );
  layout.run();
  return done;
}

/** Fitting one or two nodes would zoom in absurdly far: keep fitted views at a readable scale. */
export const MAX_FIT_ZOOM = 1.4;

export function clampZoom(cy: Core): void {
  if (cy.zoom() <= MAX_FIT_ZOOM) return;
  cy.zoom(MAX_FIT_ZOOM);
  cy.center(cy.elements(':visible'));
}

function fixed(nodes: NodeCollection): { nodeId: string; position: Position }[] {
  return nodes.map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
}

function fcoseOptions(cy: Core, extra: Record<string, unknown>): LayoutOptions {
  const count = cy.nodes(':visible').length;
  return {
    name: 'fcose',
    quality: count > 1500 ? 'draft' : 'default',
    animate: count < ANIMATE_BELOW,
    animationDuration: 450,
    nodeRepulsion: 7000,
    idealEdgeLength: 95,
    nodeSeparation: 90,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    ...extra,
  } as LayoutOptions;
}

export function runFullLayout(cy: Core, name: Exclude<LayoutName, 'map' | 'timeline'>): Promise<void> {
  const visible = cy.nodes(':visible');
  const animate = visible.length < ANIMATE_BELOW;
  if (name === 'fcose') {
    const pinned = visible.filter((node) => node.locked());
    return run(
      cy,
      fcoseOptions(cy, { randomize: pinned.length === 0, fit: true, fixedNodeConstraint: fixed(pinned) }),
    );
  }
  if (name === 'concentric') {
    return run(cy, {
      name: 'concentric',
      animate,
      fit: true,
      padding: 40,
      minNodeSpacing: 30,
      concentric: (node: { degree(loops: boolean): number }) => node.degree(false),
      levelWidth: () => 2,
    } as LayoutOptions);
  }
  const roots = visible.filter((node) => node.data('label') === 'Organisation' && node.degree(false) > 0);
  return run(cy, {
    name: 'breadthfirst',
    animate,
    fit: true,
    padding: 40,
    directed: false,
    spacingFactor: 1.1,
    roots: roots.length > 0 ? roots.max((node) => (node as NodeSingular).degree(false)).ele : undefined,
  } as LayoutOptions);
}

export function applyPositions(cy: Core, positions: Map<string, Position>, animate: boolean): Promise<void> {
  return run(cy, {
    name: 'preset',
    animate: animate && cy.nodes().length < ANIMATE_BELOW,
    animationDuration: 450,
    fit: true,
    padding: 40,
    positions: (node: { id(): string; position(): Position }) => positions.get(node.id()) ?? node.position(),
  } as LayoutOptions);
}

/** Puts each new node next to a neighbour already placed (or beside the graph), then settles them. */
export async function placeNewNodes(cy: Core, added: NodeCollection, settle: boolean): Promise<void> {
  const existing = cy.nodes(':visible').difference(added);
  if (existing.length === 0) {
    await run(cy, fcoseOptions(cy, { randomize: true, fit: true }));
    return;
  }
  if (settle && added.length > 2 * existing.length) {
    // Mostly new: lay everything out afresh around the nodes already there, which stay put.
    await run(cy, fcoseOptions(cy, { randomize: true, fit: true, fixedNodeConstraint: fixed(existing) }));
    return;
  }
  const box = existing.boundingBox({});
  let loners = 0;
  added.forEach((node, index) => {
    const anchor = node.neighborhood('node').difference(added).first() as NodeSingular;
    if (anchor.nonempty()) {
      const angle = (index * 137.5 * Math.PI) / 180; // Golden angle: neighbours fan out evenly.
      const radius = 90 + 12 * Math.sqrt(index);
      const base = anchor.position();
      node.position({ x: base.x + radius * Math.cos(angle), y: base.y + radius * Math.sin(angle) });
    } else {
      node.position({ x: box.x2 + 120 + 110 * Math.floor(loners / 8), y: box.y1 + 70 * (loners % 8) });
      loners += 1;
    }
  });
  if (!settle) return;
  const neighbourhood = added.union(added.neighborhood('node')).filter((node) => node.visible());
  const anchors = neighbourhood.difference(added);
  await run(
    cy,
    fcoseOptions(cy, {
      randomize: false,
      fit: false,
      animate: added.length < ANIMATE_BELOW,
      packComponents: false,
      fixedNodeConstraint: fixed(anchors),
    }),
    neighbourhood,
  );
}
