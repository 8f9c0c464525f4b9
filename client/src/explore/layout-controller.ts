// Supplies the data-driven layouts: timeline positions from dates, map positions from places. For
// the map, actors whose place is not on the canvas get it fetched (not added), once per actor.
import type { WireEdge, WireNode } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import { mapLimit } from '../api/map-limit.ts';
import type { GraphView, PresetResult } from '../graph/graph-view.ts';
import type { LayoutName } from '../graph/layouts.ts';
import { primaryLabel } from '../graph/palette.ts';
import { timelineLayout } from '../graph/timeline-layout.ts';
import { computeMapLayout, fittedSpacing } from '../map/index.ts';

const PLACE_TYPES = ['LOCATED_IN', 'GOVERNS', 'HELD_IN', 'HAS_OFFICE_IN'];
const MAX_PLACE_LOOKUPS = 150;

export class LayoutController {
  private readonly placesOf = new Map<string, { nodes: WireNode[]; edges: WireEdge[] }>();

  constructor(
    private readonly api: ApiClient,
    private readonly view: GraphView<unknown>,
  ) {
    view.setPresetProvider((name) => this.preset(name));
  }

  private async preset(name: LayoutName): Promise<PresetResult> {
    const nodes = this.view.nodes();
    const edges = this.view.edges();
    if (name === 'timeline') {
      const result = timelineLayout(nodes, edges);
      return { positions: result.positions, backdrop: result.backdrop };
    }
    const context = await this.placeContext(nodes, edges);
    const graph = { nodes: [...nodes, ...context.nodes], edges: [...edges, ...context.edges] };
    // Twice: the first pass gives the extent the map is fitted to, hence the spacing that keeps
    // actors sharing a city apart on screen at that zoom.
    const first = computeMapLayout(graph);
    const result = computeMapLayout(graph, fittedSpacing(first.positions.values(), this.view.size()));
    const onCanvas = new Set(nodes.map((node) => node.id));
    return {
      positions: result.positions,
      backdrop: result.outlineSvg || null,
      offMap: result.offMap.filter((id) => onCanvas.has(id)),
    };
  }

  private async placeContext(nodes: WireNode[], edges: WireEdge[]) {
    const placed = new Set(
      edges.filter((edge) => PLACE_TYPES.includes(edge.type)).map((edge) => edge.source),
    );
    const lookups = nodes
      .filter((node) => {
        const label = primaryLabel(node.labels);
        return (
          label !== 'Place' && label !== 'Topic' && label !== 'Source' && node.properties.lat === undefined
        );
      })
      .filter((node) => !placed.has(node.id) && !this.placesOf.has(node.id))
      .slice(0, MAX_PLACE_LOOKUPS);
    await mapLimit(lookups, 6, async (node) => {
      const response = await this.api.neighbours(node.id, {
        types: PLACE_TYPES,
        labels: ['Place'],
        direction: 'out',
        limit: 5,
      });
      this.placesOf.set(node.id, {
        nodes: response.graph.nodes.filter((place) => place.id !== node.id),
        edges: response.graph.edges,
      });
    });
    const onCanvas = new Set(nodes.map((node) => node.id));
    const extraNodes = new Map<string, WireNode>();
    const extraEdges: WireEdge[] = [];
    for (const node of nodes) {
      const context = this.placesOf.get(node.id);
      if (!context) continue;
      for (const place of context.nodes) if (!onCanvas.has(place.id)) extraNodes.set(place.id, place);
      extraEdges.push(...context.edges);
    }
    return { nodes: [...extraNodes.values()], edges: extraEdges };
  }
}
