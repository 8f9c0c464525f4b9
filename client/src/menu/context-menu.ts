// A small accessible DOM menu (role=menu): arrows move, → opens a submenu, ← or Escape closes,
// Enter activates; a click elsewhere closes it. Submenus may load their items lazily.
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { showError } from '../ui/toast.ts';

export interface MenuItem {
  label: string;
  testId: string;
  action?: () => void | Promise<void>;
  submenu?: () => Promise<MenuItem[]>;
  disabled?: boolean;
}

let openMenus: HTMLElement[] = [];
let returnFocus: HTMLElement | null = null;

export function closeMenus(): void {
  for (const menu of openMenus) menu.remove();
  const hadMenus = openMenus.length > 0;
  openMenus = [];
  if (hadMenus && returnFocus?.isConnected) returnFocus.focus();
  returnFocus = null;
}

function closeFrom(level: number): void {
  for (const menu of openMenus.slice(level)) menu.remove();
  openMenus = openMenus.slice(0, level);
}

function place(menu: HTMLElement, x: number, y: number): void {
  document.body.append(menu);
  const rect = menu.getBoundingClientRect();
  const left = Math.min(x, window.innerWidth - rect.width - 8);
  const top = Math.min(y, window.innerHeight - rect.height - 8);
  menu.style.left = `${Math.max(8, left)}px`;
  menu.style.top = `${Math.max(8, top)}px`;
}

function focusItem(menu: HTMLElement, index: number): void {
  const items = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])')];
  if (items.length === 0) return;
  items[(index + items.length) % items.length]?.focus();
}

function render(items: MenuItem[], x: number, y: number, level: number): HTMLElement {
  closeFrom(level);
  const menu = h('div', {
    class: 'context-menu',
    role: 'menu',
    'data-testid': level === 0 ? 'context-menu' : 'context-submenu',
  });
  for (const item of items) {
    const button = h(
      'button',
      {
        type: 'button',
        role: 'menuitem',
        'data-testid': item.testId,
        disabled: item.disabled ?? false,
        'aria-haspopup': item.submenu ? 'menu' : false,
      },
      item.label,
      item.submenu ? h('span', { class: 'submenu-arrow', 'aria-hidden': 'true' }, '▸') : null,
    );
    const openSubmenu = async () => {
      if (!item.submenu) return;
      const rect = button.getBoundingClientRect();
      const loading = render(
        [{ label: t('common.loading'), testId: 'menu-loading', disabled: true }],
        rect.right,
        rect.top,
        level + 1,
      );
      let children: MenuItem[];
      try {
        children = await item.submenu();
      } catch (error) {
        loading.remove();
        showError(error);
        return;
      }
      if (!loading.isConnected) return; // Closed meanwhile.
      const submenu = render(
        children.length > 0 ? children : [{ label: t('menu.nothing'), testId: 'menu-empty', disabled: true }],
        rect.right,
        rect.top,
        level + 1,
      );
      focusItem(submenu, 0);
    };
    button.addEventListener('click', () => {
      if (item.submenu) {
        void openSubmenu();
        return;
      }
      closeMenus();
      if (item.action) {
        Promise.resolve()
          .then(item.action)
          .catch((error: unknown) => showError(error));
      }
    });
    button.addEventListener('keydown', (event) => {
      const items = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])')];
      const index = items.indexOf(button);
      if (event.key === 'ArrowDown') focusItem(menu, index + 1);
      else if (event.key === 'ArrowUp') focusItem(menu, index - 1);
      else if (event.key === 'Home') focusItem(menu, 0);
      else if (event.key === 'End') focusItem(menu, items.length - 1);
      else if (event.key === 'ArrowRight' && item.submenu) void openSubmenu();
      else if ((event.key === 'ArrowLeft' || event.key === 'Escape') && level > 0) {
        closeFrom(level);
        openMenus[level - 1]?.querySelector<HTMLElement>('[aria-haspopup]:focus, [aria-haspopup]')?.focus();
      } else if (event.key === 'Escape' || event.key === 'Tab') closeMenus();
      else return;
      event.preventDefault();
      event.stopPropagation();
    });
    menu.append(button);
  }
  place(menu, x, y);
  openMenus.push(menu);
  return menu;
}

export function openMenu(items: MenuItem[], x: number, y: number, focusAfter: HTMLElement | null): void {
  closeMenus();
  returnFocus = focusAfter;
  const menu = render(items, x, y, 0);
  focusItem(menu, 0);
}

document.addEventListener(
  'pointerdown',
  (event) => {
    if (openMenus.length > 0 && !openMenus.some((menu) => menu.contains(event.target as Node))) {
      returnFocus = null;
      closeMenus();
    }
  },
  true,
);
