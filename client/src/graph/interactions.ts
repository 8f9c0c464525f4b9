// Pointer interactions on the canvas, turned into the view's events. Panels subscribe to those
// events; none of them sees Cytoscape.
import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import { labelAndKind } from '../i18n/vocabulary.ts';
import { text } from './elements.ts';

export type Selection = { kind: 'node' | 'edge'; id: string } | null;

export interface ContextTarget {
  kind: 'node' | 'edge' | 'group' | 'canvas';
  id: string | null;
  clientX: number;
  clientY: number;
}

/** An element under the pointer, with its box on screen (client coordinates) for a card beside it. */
export interface HoverTarget {
  kind: 'node' | 'edge';
  id: string;
  box: { left: number; top: number; right: number; bottom: number };
}

export interface InteractionHandlers {
  /** The pointer rests on a node or an edge (null: it left, or the view moved under it). */
  hover(target: HoverTarget | null): void;
  select(selection: Selection): void;
  expand(nodeId: string): void;
  group(groupId: string): void;
  /** Double-click on a group of the partnership overview. */
  drill(overviewGroupId: string): void;
  context(target: ContextTarget): void;
  /** A drag is about to move nodes: the view remembers the positions before it for undo. */
  dragStart(): void;
  dragEnd(moved: boolean): void;
}

function clientPoint(cy: Core, event: EventObject): { clientX: number; clientY: number } {
  const original = event.originalEvent as MouseEvent | undefined;
  if (original && typeof original.clientX === 'number')
    return { clientX: original.clientX, clientY: original.clientY };
  const rect = cy.container()?.getBoundingClientRect();
  return {
    clientX: (rect?.left ?? 0) + event.renderedPosition.x,
    clientY: (rect?.top ?? 0) + event.renderedPosition.y,
  };
}

function tooltip(node: NodeSingular): string {
  if (node.hasClass('group')) return String(node.data('display'));
  const props = node.data('props') as Record<string, never>;
  const kind = node.data('kind') as string | null;
  const parts = [text(props.name) ?? node.id(), text(props.nameEn), labelAndKind(node.data('label'), kind)];
  return parts.filter((part, index) => part && parts.indexOf(part) === index).join(' · ');
}

/** The element's box on screen: a node's body, or a small box around an edge's midpoint. */
export function hoverTarget(cy: Core, element: NodeSingular | EdgeSingular): HoverTarget {
  const rect = cy.container()?.getBoundingClientRect() ?? { left: 0, top: 0 };
  if (element.isEdge()) {
    const mid = element.renderedMidpoint();
    const x = rect.left + mid.x;
    const y = rect.top + mid.y;
    return { kind: 'edge', id: element.id(), box: { left: x - 6, top: y - 6, right: x + 6, bottom: y + 6 } };
  }
  const box = element.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
  return {
    kind: 'node',
    id: element.id(),
    box: {
      left: rect.left + box.x1,
      top: rect.top + box.y1,
      right: rect.left + box.x2,
      bottom: rect.top + box.y2,
    },
  };
}

export function bindInteractions(cy: Core, handlers: InteractionHandlers): void {
  const container = cy.container();
  cy.on('tap', 'node', (event) => {
    const node = event.target as NodeSingular;
    // Overview groups drill on double-click; a review's ghosts are not in the graph yet.
    if (node.hasClass('overview') || node.hasClass('preview')) return;
    if (node.hasClass('group')) handlers.group(node.id());
    else handlers.select({ kind: 'node', id: node.id() });
  });
  cy.on('tap', 'edge', (event) => {
    if (!event.target.hasClass('group-edge') && !event.target.hasClass('preview'))
      handlers.select({ kind: 'edge', id: event.target.id() });
  });
  cy.on('tap', (event) => {
    if (event.target === cy) handlers.select(null);
  });
  cy.on('dbltap', 'node', (event) => {
    if (event.target.hasClass('overview')) handlers.drill(event.target.id());
    else if (!event.target.hasClass('group') && !event.target.hasClass('preview'))
      handlers.expand(event.target.id());
  });
  cy.on('cxttap', (event) => {
    const point = clientPoint(cy, event);
    if (event.target === cy) {
      handlers.context({ kind: 'canvas', id: null, ...point });
      return;
    }
    const target = event.target as NodeSingular;
    // The overview's groups and links have no menu: double-click drills down.
    if (target.hasClass('overview') || target.hasClass('overview-link') || target.hasClass('preview')) return;
    const kind = target.isNode() ? (target.hasClass('group') ? 'group' : 'node') : 'edge';
    if (kind === 'edge' && target.hasClass('group-edge')) return;
    // A right-click inside a multiple selection keeps it: the menu then acts on all of it.
    const inSelection = target.selected() && cy.nodes(':selected').length > 1;
    if (kind !== 'group' && !inSelection) {
      cy.$(':selected').unselect();
      target.select();
      handlers.select({ kind: kind === 'node' ? 'node' : 'edge', id: target.id() });
    }
    handlers.context({ kind, id: target.id(), ...point });
  });
  cy.on('mouseover', 'node', (event) => {
    const node = event.target as NodeSingular;
    // Groups keep their one-line tooltip; nodes and edges get the hover card instead.
    if (node.hasClass('group')) {
      if (container) container.title = tooltip(node);
      return;
    }
    handlers.hover(hoverTarget(cy, node));
  });
  cy.on('mouseover', 'edge', (event) => {
    if (!event.target.hasClass('group-edge')) handlers.hover(hoverTarget(cy, event.target));
  });
  cy.on('mouseout', 'node, edge', () => {
    if (container) container.title = '';
    handlers.hover(null);
  });
  // A card beside an element that moves away (pan, zoom, drag) would point at nothing.
  cy.on('viewport grab tapstart', () => handlers.hover(null));
  let moved = false;
  cy.on('grab', 'node', () => {
    moved = false;
    handlers.dragStart();
  });
  cy.on('drag', 'node', () => {
    moved = true;
  });
  cy.on('free', 'node', () => handlers.dragEnd(moved));
}
