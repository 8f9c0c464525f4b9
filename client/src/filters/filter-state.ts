// The filter panel's state: a plain, serialisable object (a saved view stores it as is). For each
// facet, the values kept; an empty list keeps everything. Facets combine with AND, values of one
// facet with OR, as in Linkurious' and Kumu's filter panels.
import type { JsonValue, WireNode } from '../../../server/contract/graph.ts';
import { primaryLabel } from '../graph/palette.ts';

export const FACETS = ['label', 'kind', 'status', 'country', 'source'] as const;
export type Facet = (typeof FACETS)[number];

export type FilterState = Record<Facet, string[]>;

/** The value a node without one has on a facet (no kind, no status, no known country). */
export const NONE = '(none)';

export const emptyFilter = (): FilterState => ({ label: [], kind: [], status: [], country: [], source: [] });

export const isActive = (state: FilterState): boolean => FACETS.some((facet) => state[facet].length > 0);

const strings = (value: JsonValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** A node's values on a facet (several for sources: a node is cited by every source naming it). */
export function valuesOf(node: WireNode, facet: Facet): string[] {
  const props = node.properties;
  switch (facet) {
    case 'label':
      return [primaryLabel(node.labels)];
    case 'kind':
      return [typeof props.kind === 'string' ? props.kind : NONE];
    case 'status':
      return [typeof props.status === 'string' ? props.status : NONE];
    case 'country': {
      // Organisations carry the country the import derived; a Place of kind country is its own.
      if (typeof props.derivedCountryId === 'string') return [props.derivedCountryId];
      if (props.kind === 'country' && primaryLabel(node.labels) === 'Place') return [node.id];
      return [NONE];
    }
    case 'source': {
      const sources = strings(props.sources);
      return sources.length > 0 ? [...new Set(sources)] : [NONE];
    }
  }
}

export function matches(node: WireNode, state: FilterState): boolean {
  return FACETS.every((facet) => {
    const kept = state[facet];
    return kept.length === 0 || valuesOf(node, facet).some((value) => kept.includes(value));
  });
}

export type FacetCounts = Record<Facet, Map<string, number>>;

/** How many canvas nodes have each value, per facet, most frequent first. */
export function facetCounts(nodes: readonly WireNode[]): FacetCounts {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as FacetCounts;
  for (const node of nodes)
    for (const facet of FACETS)
      for (const value of valuesOf(node, facet))
        counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  for (const facet of FACETS)
    counts[facet] = new Map(
      [...counts[facet].entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    );
  return counts;
}

/** A state read back from a saved view or a test: unknown facets and non-strings are dropped. */
export function parseFilter(value: unknown): FilterState {
  const state = emptyFilter();
  if (value === null || typeof value !== 'object') return state;
  for (const facet of FACETS) {
    const raw = (value as Record<string, unknown>)[facet];
    if (Array.isArray(raw)) state[facet] = raw.filter((item): item is string => typeof item === 'string');
  }
  return state;
}
