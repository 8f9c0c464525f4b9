// Pointer interactions on the canvas, turned into the view's events. Panels subscribe to those
// events; none of them sees Cytoscape.
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { text } from './elements.ts';

export type Selection = { kind: 'node' | 'edge'; id: string } | null;

export interface ContextTarget {
  kind: 'node' | 'edge' | 'group' | 'canvas';
  id: string | null;
  clientX: number;
  clientY: number;
}

export interface InteractionHandlers {
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
  const parts = [text(props.name) ?? node.id(), text(props.nameEn), node.data('kind') ?? node.data('label')];
  return parts.filter((part, index) => part && parts.indexOf(part) === index).join(' · ');
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
    if (kind !== 'group') {
      cy.$(':selected').unselect();
      target.select();
      handlers.select({ kind: kind === 'node' ? 'node' : 'edge', id: target.id() });
    }
    handlers.context({ kind, id: target.id(), ...point });
  });
  cy.on('mouseover', 'node', (event) => {
    if (container) container.title = tooltip(event.target as NodeSingular);
  });
  cy.on('mouseout', 'node', () => {
    if (container) container.title = '';
  });
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
