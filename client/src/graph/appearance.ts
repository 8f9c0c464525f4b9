// Derived looks of the canvas: highlight, date window, status filter, labels in the UI language,
// size by degree.
import type { Core, NodeSingular } from 'cytoscape';
import type { StatusFilter } from '../../../seed/model/statuses.ts';
import type { Language } from '../i18n/i18n.ts';
import { relationshipName } from '../i18n/vocabulary.ts';
import { byIds } from './canvas-queries.ts';
import { edgeInWindow, nodeInWindow, windowOfYears, type YearWindow } from './date-filter.ts';
import {
  displayName,
  type EdgeData,
  edgeDisplay,
  fromEdgeData,
  type GroupData,
  groupDisplay,
  groupWidth,
} from './elements.ts';
import { passesFilter } from './evidence-marks.ts';
import { overviewDisplay } from './overview-elements.ts';

export function highlight(cy: Core, ids: readonly string[]): void {
  cy.batch(() => {
    cy.elements().removeClass('highlighted').addClass('faded');
    byIds(cy, ids).removeClass('faded').addClass('highlighted');
  });
}

export function applyDateWindow(cy: Core, years: YearWindow | null): void {
  const window = windowOfYears(years);
  cy.batch(() => {
    cy.nodes()
      .not('.group')
      .forEach((node) => {
        node.toggleClass('out-of-window', !nodeInWindow(node.data('label'), node.data('props'), window));
      });
    cy.edges()
      .not('.group-edge')
      .forEach((edge) => {
        edge.toggleClass('out-of-window', !edgeInWindow(edge.data('type'), edge.data('props'), window));
      });
  });
}

/** "Reported as done" hides what the sources report as planned, announced or cancelled. */
export function applyStatusFilter(cy: Core, filter: StatusFilter): void {
  cy.batch(() => {
    cy.nodes()
      .not('.group')
      .forEach((node) => {
        node.toggleClass('out-of-status', !passesFilter(null, node.data('props'), filter));
      });
    cy.edges()
      .not('.group-edge')
      .forEach((edge) => {
        edge.toggleClass('out-of-status', !passesFilter(edge.data('type'), edge.data('props'), filter));
      });
  });
}

export function relabel(cy: Core, language: Language): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      if (node.hasClass('overview')) {
        node.data('display', overviewDisplay(node.data('name'), node.data('actors')));
      } else if (node.hasClass('group')) {
        const display = groupDisplay(node.data() as GroupData);
        node.data({ display, width: groupWidth(display) });
      } else {
        node.data('display', displayName(node.data('props'), node.id(), language));
      }
    });
    // Relationship types on edges and group edges follow the language too.
    cy.edges().forEach((edge) => {
      if (edge.hasClass('overview-link')) return;
      if (edge.hasClass('group-edge')) {
        const centre = edge.source().hasClass('group') ? edge.source() : edge.target();
        edge.data('display', relationshipName(String(centre.data('type'))));
      } else {
        edge.data('display', edgeDisplay(fromEdgeData(edge.data() as EdgeData)));
      }
    });
  });
}

/**
 * Node size follows degree: distinct neighbours on the canvas (partners, in the partnership view).
 * Counted from the edges in one pass, and written only where it changed: a data write restyles the
 * node, which on a 20,000-edge canvas cost more than the count (tests/bench/render-profile.ts).
 */
export function refreshDegrees(cy: Core): void {
  const neighbours = new Map<string, Set<string>>();
  const link = (from: NodeSingular, to: NodeSingular) => {
    if (from.hasClass('group') || to.hasClass('group')) return;
    const set = neighbours.get(from.id()) ?? new Set<string>();
    neighbours.set(from.id(), set.add(to.id()));
  };
  cy.edges().forEach((edge) => {
    link(edge.source(), edge.target());
    link(edge.target(), edge.source());
  });
  cy.batch(() => {
    cy.nodes()
      .not('.group')
      .forEach((node) => {
        const degree = neighbours.get(node.id())?.size ?? 0;
        if (node.data('degree') !== degree) node.data('degree', degree);
      });
  });
}
