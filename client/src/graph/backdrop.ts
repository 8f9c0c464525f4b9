// An SVG drawn behind the canvas in model coordinates (the map outline, the timeline's year axis),
// kept aligned with Cytoscape's pan and zoom by a CSS transform.
import type { Core } from 'cytoscape';

export class Backdrop {
  private readonly layer: HTMLDivElement;
  private cy: Core | null = null;
  private readonly sync = () => this.align();

  constructor(host: HTMLElement) {
    this.layer = document.createElement('div');
    this.layer.className = 'graph-backdrop';
    this.layer.setAttribute('aria-hidden', 'true');
    this.layer.dataset.testid = 'graph-backdrop';
    host.prepend(this.layer);
  }

  attach(cy: Core): void {
    this.cy?.off('viewport', this.sync);
    this.cy = cy;
    cy.on('viewport', this.sync);
    this.align();
  }

  set(svg: string | null): void {
    this.layer.innerHTML = svg ?? '';
    const element = this.layer.querySelector('svg');
    if (element) {
      // Place the SVG where its viewBox says it lives in model space. An SVG may declare a smaller
      // width than its viewBox (the world outline does, to keep its layer small): scale it back up.
      const box = element.viewBox.baseVal;
      if (box && box.width > 0) {
        const declared = Number.parseFloat(element.getAttribute('width') ?? '');
        const width = Number.isFinite(declared) && declared > 0 ? declared : box.width;
        if (!(Number.isFinite(declared) && declared > 0)) {
          element.setAttribute('width', String(box.width));
          element.setAttribute('height', String(box.height));
        }
        element.style.position = 'absolute';
        element.style.left = `${box.x}px`;
        element.style.top = `${box.y}px`;
        element.style.transformOrigin = '0 0';
        element.style.transform = `scale(${box.width / width})`;
        element.style.overflow = 'visible';
        element.style.pointerEvents = 'none';
      }
    }
    this.align();
  }

  isEmpty(): boolean {
    return this.layer.childElementCount === 0;
  }

  private align(): void {
    if (!this.cy) return;
    const pan = this.cy.pan();
    this.layer.style.transform = `translate(${pan.x}px, ${pan.y}px) scale(${this.cy.zoom()})`;
  }
}
