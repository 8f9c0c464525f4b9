// The hover card: the essentials of a node or a link, shown after the pointer rests on it for a
// moment (or at once when the canvas gets keyboard focus with a selection), beside the element and
// inside the viewport. It never takes a click (pointer-events: none) and goes on leave or Escape.
import type { GraphView, HoverTarget } from '../graph/graph-view.ts';
import type { SourceCache } from '../sources/source-cache.ts';
import { h } from '../ui/dom.ts';
import { edgeCard, nodeCard } from './hover-content.ts';

const HOVER_DELAY_MS = 300;
const GAP = 12;
const MARGIN = 8;
export const HOVER_CARD_ID = 'hover-card';

interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where a card of this size goes beside `box`: right of it, else left of it, clamped inside `area`
 * (the canvas, so the card does not cover the side panel, itself within the viewport).
 */
export function placeCard(
  box: HoverTarget['box'],
  size: { width: number; height: number },
  area: Area,
): { left: number; top: number } {
  let left = box.right + GAP;
  if (left + size.width > area.right - MARGIN) left = box.left - GAP - size.width;
  left = Math.max(area.left + MARGIN, Math.min(left, area.right - MARGIN - size.width));
  const top = Math.max(area.top + MARGIN, Math.min(box.top, area.bottom - MARGIN - size.height));
  return { left, top };
}

export class HoverCard {
  readonly element = h('div', {
    id: HOVER_CARD_ID,
    class: 'hover-card',
    role: 'tooltip',
    hidden: true,
    'data-testid': 'hover-card',
  });
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly view: GraphView<unknown>,
    private readonly sources: SourceCache,
    private readonly graphHost: HTMLElement,
  ) {
    document.body.append(this.element);
    view.on('hover', (target) => (target ? this.later(target) : this.hide()));
    view.on('change', () => this.hide());
    // The keyboard's hover: focusing the canvas (or selecting while it has focus) shows the card
    // of the selected element.
    graphHost.addEventListener('focus', () => this.showSelection());
    graphHost.addEventListener('blur', () => this.hide());
    // Leaving the canvas in one move (onto a panel) may not reach Cytoscape as a mouseout.
    graphHost.addEventListener('mouseleave', () => this.hide());
    view.on('select', () => {
      if (document.activeElement === graphHost) queueMicrotask(() => this.showSelection());
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hide();
    });
  }

  private later(target: HoverTarget): void {
    this.cancel();
    this.timer = setTimeout(() => this.show(target), HOVER_DELAY_MS);
  }

  private showSelection(): void {
    const selection = this.view.selected();
    const target = selection ? this.view.hoverTargetOf(selection.id) : null;
    if (target) this.show(target);
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  show(target: HoverTarget): void {
    this.cancel();
    const content =
      target.kind === 'node' ? nodeCard(this.view, target.id) : edgeCard(this.view, target.id, this.sources);
    if (!content) {
      this.hide();
      return;
    }
    this.element.replaceChildren(...content);
    this.element.dataset.elementId = target.id;
    this.element.dataset.kind = target.kind;
    this.element.hidden = false;
    const size = this.element.getBoundingClientRect();
    const canvas = this.graphHost.getBoundingClientRect();
    const where = placeCard(target.box, size, {
      left: Math.max(0, canvas.left),
      top: Math.max(0, canvas.top),
      right: Math.min(window.innerWidth, canvas.right),
      bottom: Math.min(window.innerHeight, canvas.bottom),
    });
    this.element.style.left = `${where.left}px`;
    this.element.style.top = `${where.top}px`;
    const described = new Set((this.graphHost.getAttribute('aria-describedby') ?? '').split(' '));
    described.add(HOVER_CARD_ID);
    this.graphHost.setAttribute('aria-describedby', [...described].filter(Boolean).join(' '));
  }

  hide(): void {
    this.cancel();
    if (this.element.hidden) return;
    this.element.hidden = true;
    const described = (this.graphHost.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && id !== HOVER_CARD_ID);
    this.graphHost.setAttribute('aria-describedby', described.join(' '));
  }
}
