// The partnership view: organisation-to-organisation PARTNERS_WITH edges from /api/partnerships,
// for the organisations on the canvas (or the whole graph when it is empty), and the way back to
// the full view as it was.
import type { WireGraph } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import type { GraphView } from '../graph/graph-view.ts';
import { primaryLabel } from '../graph/palette.ts';
import type { StillCurrent } from '../state/latest-request.ts';
import { nodesWithLinks, onlyIds } from '../state/restore.ts';

export class PartnershipMode {
  /** The full view as it was when the partnership view was entered, to come back to it. */
  private savedFull: WireGraph | null = null;

  constructor(
    private readonly api: ApiClient,
    private readonly view: GraphView<unknown>,
  ) {}

  /** Partnerships of `seeds`, plus every partnership among the organisations shown (and `keep`). */
  async graph(seeds: string[], keep: string[]): Promise<WireGraph> {
    // The whole network (the first view) in one page of the most the API gives: 500 partnerships.
    const first = await this.api.partnerships(seeds.length > 0 ? { ids: seeds } : { limit: 500 });
    const ids = [...new Set([...keep, ...first.graph.nodes.map((node) => node.id)])];
    if (seeds.length === 0 || ids.length === 0) return first.graph;
    // The first answer holds the seeds' partnerships only; ask again for those among their partners.
    const all = await this.api.partnerships({ ids });
    return onlyIds(all.graph, ids);
  }

  /** An organisation found or double-clicked in the partnership view arrives with its partners. */
  async addActor(id: string): Promise<void> {
    await this.view.addGraph(await this.graph([id], this.view.nodeIds()));
  }

  /**
   * Replaces the canvas by the partnership graph; `switched` runs once the undo step is recorded.
   * Answers the partnerships drawn, or null when the analyst moved on before the answer came.
   */
  async enter(switched: () => void, current: StillCurrent = () => true): Promise<number | null> {
    const organisations = this.view.nodes().filter((node) => primaryLabel(node.labels) === 'Organisation');
    const graph = await this.graph(
      organisations.map((node) => node.id),
      [],
    );
    if (!current()) return null;
    this.savedFull = { nodes: this.view.nodes(), edges: this.view.edges() };
    // replaceGraph records the undo snapshot synchronously, with the mode as it was.
    const done = this.view.replaceGraph(graph);
    switched();
    await done;
    return graph.edges.length;
  }

  /** Back to the full view as it was; after a shared URL, the same organisations with their links. */
  async leave(switched: () => void, current: StillCurrent = () => true): Promise<boolean> {
    const ids = this.view.nodeIds();
    const full =
      this.savedFull ??
      (ids.length > 0 ? (await nodesWithLinks(this.api, ids)).graph : { nodes: [], edges: [] });
    if (!current()) return false;
    this.savedFull = null;
    const done = this.view.replaceGraph(full);
    switched();
    await done;
    return true;
  }

  /** The partnership view a shared URL names: exactly those organisations. */
  async restore(ids: string[]): Promise<{ graph: WireGraph; missing: string[] }> {
    const response = await this.api.partnerships({ ids });
    const graph = onlyIds(response.graph, ids);
    const found = new Set(graph.nodes.map((node) => node.id));
    return { graph, missing: ids.filter((id) => !found.has(id)) };
  }
}
