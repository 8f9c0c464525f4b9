// The partnership overview (GET /api/partnerships/overview) as canvas elements: one node per country
// or kind, sized by its actors, and one link per pair of groups, as wide as their partnerships are
// many. They carry the `group` class too, so every rule that leaves pseudo-nodes out of the real
// graph (URL state, details, export, degrees, filters) leaves them out as well.
import type { ElementDefinition } from 'cytoscape';
import type { OverviewResponse } from '../../../server/contract/api.ts';
import { plural } from '../i18n/i18n.ts';

export const OVERVIEW_ID_PREFIX = 'overview|';

export interface OverviewGroupData {
  id: string;
  isOverview: true;
  groupBy: OverviewResponse['groupBy'];
  key: string;
  name: string;
  actors: number;
  partnerships: number;
  display: string;
  /** Diameter: grows with the square root of the actors, so areas compare. */
  width: number;
}

export const overviewGroupId = (groupBy: string, key: string) => `${OVERVIEW_ID_PREFIX}${groupBy}|${key}`;

export function overviewDisplay(name: string, actors: number): string {
  return `${name}\n${plural('overview.actors', actors)}`;
}

export function toOverviewElements(overview: OverviewResponse): ElementDefinition[] {
  const nodes = overview.groups.map((group): ElementDefinition => {
    const data: OverviewGroupData = {
      id: overviewGroupId(overview.groupBy, group.key),
      isOverview: true,
      groupBy: overview.groupBy,
      key: group.key,
      name: group.name,
      actors: group.actors,
      partnerships: group.partnerships,
      display: overviewDisplay(group.name, group.actors),
      width: Math.round(Math.min(160, 26 + 10 * Math.sqrt(group.actors))),
    };
    return { group: 'nodes', data: { ...data }, classes: 'group overview' };
  });
  const known = new Set(overview.groups.map((group) => group.key));
  const edges = overview.links
    .filter((link) => known.has(link.source) && known.has(link.target))
    .map(
      (link): ElementDefinition => ({
        group: 'edges',
        data: {
          id: `${OVERVIEW_ID_PREFIX}link|${link.source}|${link.target}`,
          source: overviewGroupId(overview.groupBy, link.source),
          target: overviewGroupId(overview.groupBy, link.target),
          partnerships: link.partnerships,
          display: String(link.partnerships),
          width: Math.round(Math.min(14, 1 + 2 * Math.log2(1 + link.partnerships)) * 10) / 10,
        },
        classes: 'group-edge overview-link',
      }),
    );
  return [...nodes, ...edges];
}
