// Growing the canvas from the API: expand a node (grouped when it has many neighbours), expand one
// group or one relationship type, focus on N hops, and link a newly added node to the canvas.

import type { WireEdge, WireGraph, WireNode } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import { mapLimit } from '../api/map-limit.ts';
import type { GroupData } from '../graph/elements.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { plural, t } from '../i18n/i18n.ts';
import { setStatus, showInfo } from '../ui/toast.ts';
import { linksAmong } from './links.ts';

/** Above this many neighbours an expand shows groups instead of nodes. */
export const GROUP_ABOVE = 40;
const EXPAND_LIMIT = 200;
const GROUP_LIMIT = 500;
const FOCUS_FRONTIER = 25;
const FOCUS_MAX_NODES = 800;

export class Expander {
  constructor(
    private readonly api: ApiClient,
    private readonly view: GraphView<unknown>,
  ) {}

  /** The graph plus the relationships its new nodes have among themselves and with the canvas
   * (one subgraph request for a canvas of up to 5,000 nodes, whatever the number of new ones). */
  private async withLinks(graph: WireGraph): Promise<WireGraph> {
    const fresh = graph.nodes.filter((node) => !this.view.hasNode(node.id)).map((node) => node.id);
    if (fresh.length === 0) return graph;
    const universe = new Set([...this.view.nodeIds(), ...graph.nodes.map((node) => node.id)]);
    const linked = await linksAmong(this.api, fresh, universe);
    const edges = new Map(graph.edges.map((edge) => [edge.id, edge]));
    for (const edge of linked.edges) edges.set(edge.id, edge);
    if (linked.truncated) showInfo(t('links.truncated'));
    return { nodes: graph.nodes, edges: [...edges.values()] };
  }

  async expand(id: string): Promise<void> {
    setStatus(t('status.expanding'));
    const response = await this.api.neighbours(id, { limit: EXPAND_LIMIT, groupAbove: GROUP_ABOVE });
    if (response.grouped) {
      await this.view.addGroups(id, response.groups);
      setStatus(t('status.grouped', { count: response.total }));
      return;
    }
    const added = await this.view.addGraph(await this.withLinks(response.graph));
    setStatus(plural('status.added', added.length));
    if (response.hasMore)
      showInfo(t('expand.partial', { shown: response.graph.nodes.length - 1, total: response.total }));
  }

  async expandGroup(group: GroupData): Promise<void> {
    const response = await this.api.neighbours(group.centre, {
      types: [group.type],
      labels: [group.label],
      direction: group.direction,
      limit: GROUP_LIMIT,
    });
    const graph = await this.withLinks(response.graph);
    const added = await this.view.step(() => {
      this.view.removeElements([group.id]);
      return this.view.addGraph(graph);
    });
    setStatus(plural('status.added', added.length));
    if (response.hasMore) showInfo(t('expand.partial', { shown: added.length, total: response.total }));
  }

  async expandByType(id: string, type: string, direction: 'out' | 'in', label: string): Promise<void> {
    const response = await this.api.neighbours(id, {
      types: [type],
      labels: [label],
      direction,
      limit: GROUP_LIMIT,
    });
    const groupId = this.view
      .groupsOf(id)
      .find((group) => group.type === type && group.direction === direction && group.label === label)?.id;
    const graph = await this.withLinks(response.graph);
    const added = await this.view.step(() => {
      if (groupId) this.view.removeElements([groupId]);
      return this.view.addGraph(graph);
    });
    setStatus(plural('status.added', added.length));
  }

  /** Adds nodes from elsewhere (search, paths, a source, a Cypher result) with their links to the canvas. */
  async addGraph(graph: WireGraph): Promise<string[]> {
    const added = await this.view.addGraph(await this.withLinks(graph));
    setStatus(plural('status.added', added.length));
    return added;
  }

  /** Adds a node found by search, with its relationships to what is already on the canvas. */
  async addNode(node: WireNode): Promise<void> {
    await this.addGraph({ nodes: [node], edges: [] });
  }

  /** Fetches the neighbourhood up to `hops` away, then hides everything else. */
  async focus(id: string, hops: number): Promise<void> {
    setStatus(t('status.expanding'));
    const nodes = new Map<string, WireNode>();
    const edges = new Map<string, WireEdge>();
    let frontier = [id];
    for (let hop = 0; hop < hops && frontier.length > 0 && nodes.size < FOCUS_MAX_NODES; hop += 1) {
      const responses = await mapLimit(frontier.slice(0, FOCUS_FRONTIER), 4, (nodeId) =>
        this.api.neighbours(nodeId, { limit: 100, groupAbove: GROUP_ABOVE }),
      );
      const next: string[] = [];
      for (const response of responses) {
        if (response.grouped) continue; // Hubs stay collapsed; their groups can be expanded by hand.
        for (const node of response.graph.nodes) {
          if (!nodes.has(node.id)) next.push(node.id);
          nodes.set(node.id, node);
        }
        for (const edge of response.graph.edges) edges.set(edge.id, edge);
      }
      frontier = next.filter((nodeId) => nodeId !== id);
    }
    const graph = await this.withLinks({ nodes: [...nodes.values()], edges: [...edges.values()] });
    await this.view.step(async () => {
      const pending = this.view.addGraph(graph);
      this.view.focusOn(id, hops);
      await pending;
    });
    this.view.fit();
    setStatus(plural('status.focused', hops));
  }
}
