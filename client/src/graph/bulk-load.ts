// Loading a whole canvas at once, cheaply enough for 20,000 edges. Profiled in Chromium
// (tests/bench/render-profile.ts): setting `degree` and the hub class after `cy.add` restyled every
// node a second time (0.65 s of the first frame at 20,000 edges). So degrees and hub classes go into
// the element definitions before they are added, in one batch: one style pass.
import type { Core, ElementDefinition } from 'cytoscape';
import { HUB_CLASS, LABELLED_HUBS } from './level-of-detail.ts';

/** Distinct neighbours per node id, as refreshDegrees counts them (group pseudo-nodes left out). */
export function degreesOf(elements: readonly ElementDefinition[]): Map<string, number> {
  const groups = new Set<string>();
  for (const element of elements)
    if (element.group === 'nodes' && element.data.isGroup) groups.add(String(element.data.id));
  const neighbours = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    if (groups.has(from) || groups.has(to)) return;
    const set = neighbours.get(from) ?? new Set<string>();
    neighbours.set(from, set.add(to));
  };
  for (const element of elements) {
    if (element.group !== 'edges') continue;
    const source = String(element.data.source);
    const target = String(element.data.target);
    link(source, target);
    link(target, source);
  }
  return new Map([...neighbours].map(([id, set]) => [id, set.size]));
}

/** Node definitions with their degree set and, on a big canvas, the hubs' class: before `cy.add`. */
export function withDegreesAndHubs(elements: ElementDefinition[], big: boolean): ElementDefinition[] {
  const degrees = degreesOf(elements);
  const hubs = big ? hubIds(elements, degrees) : new Set<string>();
  return elements.map((element) => {
    if (element.group !== 'nodes' || element.data.isGroup) return element;
    const id = String(element.data.id);
    const classes = hubs.has(id) ? [element.classes ?? '', HUB_CLASS].join(' ').trim() : element.classes;
    return { ...element, data: { ...element.data, degree: degrees.get(id) ?? 0 }, classes };
  });
}

function hubIds(elements: readonly ElementDefinition[], degrees: ReadonlyMap<string, number>): Set<string> {
  const ids = elements
    .filter((element) => element.group === 'nodes' && !element.data.isGroup)
    .map((element) => String(element.data.id));
  ids.sort((a, b) => (degrees.get(b) ?? 0) - (degrees.get(a) ?? 0));
  return new Set(ids.slice(0, LABELLED_HUBS));
}

/** Adds definitions as one batch (one style pass, one render request). */
export function addAll(cy: Core, elements: ElementDefinition[]): void {
  cy.batch(() => {
    cy.add(elements);
  });
}
