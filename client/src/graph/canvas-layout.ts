// The canvas's layout: which one is on, running it (force layouts here, map and timeline positions
// from a provider, with the map's backdrop and the nodes it cannot place), placing new nodes next to
// their neighbours, fitting the view, and the label decluttering that depends on the layout and zoom.
import type { Position } from 'cytoscape';
import { declutterLabels } from './analysis-marks.ts';
import { byIds } from './canvas-queries.ts';
import {
  applyPositions,
  clampZoom,
  isPresetLayout,
  type LayoutName,
  placeNewNodes,
  runFullLayout,
} from './layouts.ts';
import type { ViewContext } from './view-context.ts';

export interface PresetResult {
  positions: Map<string, Position>;
  backdrop: string | null;
  /** Nodes this layout cannot place (the map: no known place): not drawn while it is on. */
  offMap?: string[];
}

export class CanvasLayout {
  private current: LayoutName = 'fcose';
  private presetProvider: ((name: LayoutName) => Promise<PresetResult>) | null = null;

  constructor(
    private readonly context: ViewContext,
    /** Records an undo step before a layout the analyst asked for. */
    private readonly record: () => void,
  ) {}

  name(): LayoutName {
    return this.current;
  }

  /** Whether the layout spans a large model space with positions from the data (map, timeline). */
  isPreset(): boolean {
    return isPresetLayout(this.current);
  }

  isMap(): boolean {
    return this.current === 'map';
  }

  /** Map and timeline positions come from the data; the layout controller supplies them. */
  setPresetProvider(provider: (name: LayoutName) => Promise<PresetResult>): void {
    this.presetProvider = provider;
  }

  async run(name: LayoutName, record = true): Promise<void> {
    if (record) this.record();
    this.current = name;
    const { cy, renderer, backdrop } = this.context;
    if (cy.nodes().empty()) return;
    if (isPresetLayout(name)) {
      if (!this.presetProvider) throw new Error(`the ${name} layout needs a position provider`);
      const preset = await this.presetProvider(name);
      this.setOffMap(preset.offMap ?? []);
      backdrop.set(preset.backdrop);
      await applyPositions(this.context.cy, preset.positions, true);
      renderer.scheduleZoomStyle();
      renderer.scheduleLabels();
      this.declutter();
      return;
    }
    backdrop.set(null);
    this.setOffMap([]);
    renderer.scheduleZoomStyle();
    renderer.scheduleLabels();
    await runFullLayout(cy, name as Exclude<LayoutName, 'map' | 'timeline'>);
    this.declutter();
  }

  /** Places newly added nodes: the whole preset layout again, else next to their neighbours. */
  async place(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    if (isPresetLayout(this.current)) {
      await this.run(this.current, false);
      return;
    }
    const { cy } = this.context;
    await placeNewNodes(cy, byIds(cy, ids).nodes(), true);
    this.declutter();
  }

  /**
   * Labels by importance, none overlapping; a big canvas keeps its own (hubs only). The map chooses
   * its own labels (map-labels.ts, run by the renderer), so there the importance marks are taken off
   * rather than fought over.
   */
  declutter(): void {
    const { cy, renderer } = this.context;
    if (this.current === 'map') cy.nodes().removeClass('label-hidden label-major');
    else if (!renderer.isBig()) declutterLabels(cy);
  }

  private setOffMap(ids: string[]): void {
    const { cy } = this.context;
    const before = this.offMapIds().join(' ');
    cy.batch(() => {
      cy.nodes('.off-map').removeClass('off-map');
      byIds(cy, ids).addClass('off-map');
    });
    if (this.offMapIds().join(' ') !== before) this.context.changed();
  }

  /** Nodes the current layout (the map) does not draw, for the list beside it. */
  offMapIds(): string[] {
    return this.context.cy.nodes('.off-map').map((node) => node.id());
  }

  fit(ids?: string[]): void {
    const { cy, renderer } = this.context;
    const target = ids && ids.length > 0 ? byIds(cy, ids) : cy.elements(':visible');
    // On a big canvas the edges' bounding box costs seconds (every edge's geometry) and adds
    // nothing: straight edges lie between their nodes.
    const eles = renderer.isBig() ? target.nodes() : target;
    cy.animate({
      fit: { eles, padding: 50 },
      duration: 300,
      complete: () => clampZoom(cy),
    });
  }
}
