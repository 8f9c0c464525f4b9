// The side panel's tabs (ARIA tabs pattern: arrows move between tabs, the panel follows).
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';

export interface TabSpec {
  id: string;
  labelKey: string;
}

export class Tabs {
  readonly element: HTMLElement;
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private readonly panels = new Map<string, HTMLElement>();
  private current: string;
  private readonly listeners = new Set<(id: string) => void>();

  constructor(specs: TabSpec[]) {
    const list = h('div', { class: 'tab-list', role: 'tablist', 'data-testid': 'side-tabs' });
    const panels = h('div', { class: 'tab-panels' });
    for (const spec of specs) {
      const button = h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-${spec.id}`,
          'aria-controls': `panel-${spec.id}`,
          'aria-selected': 'false',
          tabindex: -1,
          'data-testid': `tab-${spec.id}`,
          'data-i18n': spec.labelKey,
        },
        t(spec.labelKey),
      );
      button.addEventListener('click', () => this.show(spec.id));
      button.addEventListener('keydown', (event) => this.onKey(event, spec.id));
      const panel = h('section', {
        class: 'tab-panel',
        role: 'tabpanel',
        id: `panel-${spec.id}`,
        'aria-labelledby': `tab-${spec.id}`,
        'data-testid': `panel-${spec.id}`,
        hidden: true,
        tabindex: 0,
      });
      this.buttons.set(spec.id, button);
      this.panels.set(spec.id, panel);
      list.append(button);
      panels.append(panel);
    }
    this.current = specs[0]?.id ?? '';
    this.element = h('div', { class: 'tabs' }, list, panels);
    this.show(this.current);
  }

  panel(id: string): HTMLElement {
    const panel = this.panels.get(id);
    if (!panel)
      throw new Error(`no tab panel "${id}"; expected one of ${[...this.panels.keys()].join(', ')}`);
    return panel;
  }

  active(): string {
    return this.current;
  }

  onShow(listener: (id: string) => void): void {
    this.listeners.add(listener);
  }

  show(id: string): void {
    if (!this.panels.has(id)) return;
    this.current = id;
    for (const [key, button] of this.buttons) {
      const selected = key === id;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      const panel = this.panels.get(key);
      if (panel) panel.hidden = !selected;
    }
    for (const listener of this.listeners) listener(id);
  }

  private onKey(event: KeyboardEvent, id: string): void {
    const ids = [...this.buttons.keys()];
    const index = ids.indexOf(id);
    let next: string | undefined;
    if (event.key === 'ArrowRight') next = ids[(index + 1) % ids.length];
    else if (event.key === 'ArrowLeft') next = ids[(index - 1 + ids.length) % ids.length];
    else if (event.key === 'Home') next = ids[0];
    else if (event.key === 'End') next = ids[ids.length - 1];
    if (!next) return;
    event.preventDefault();
    this.show(next);
    this.buttons.get(next)?.focus();
  }
}
