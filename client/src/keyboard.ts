// Keyboard shortcuts: Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo canvas changes; Escape closes
// menus and clears a highlight; on the focused canvas, Delete removes and Shift+F10 or the
// context-menu key opens the menu of the selected element (or of the canvas).
import type { Explorer } from './explorer.ts';
import { openCanvasMenu } from './menu/canvas-menu.ts';
import { closeMenus } from './menu/context-menu.ts';

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    !!target.closest('.cm-editor')
  );
}

export function installKeyboard(explorer: Explorer, graphHost: HTMLElement): void {
  document.addEventListener('keydown', (event) => {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !typingIn(event.target)) {
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        explorer.undo();
        return;
      }
      if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        explorer.redo();
        return;
      }
    }
    if (event.key === 'Escape') {
      closeMenus();
      for (const open of document.querySelectorAll<HTMLDetailsElement>('details.dropdown[open]')) {
        open.open = false;
        open.querySelector('summary')?.focus();
      }
      if (!typingIn(event.target)) explorer.view.clearHighlight();
    }
  });

  graphHost.addEventListener('keydown', (event) => {
    if (event.target !== graphHost) return;
    const selection = explorer.view.selected();
    if ((event.key === 'Delete' || event.key === 'Backspace') && selection) {
      event.preventDefault();
      explorer.view.removeElements([selection.id]);
    } else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      const rect = graphHost.getBoundingClientRect();
      const at = selection ? explorer.view.clientPoint(selection.id) : null;
      const point = at
        ? { clientX: at.x, clientY: at.y }
        : { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 };
      const target = selection
        ? { kind: selection.kind, id: selection.id, ...point }
        : { kind: 'canvas' as const, id: null, ...point };
      openCanvasMenu(explorer.menuDeps(), target, graphHost);
    } else if (event.key === '+' || event.key === '=') {
      explorer.view.zoom(1.2);
    } else if (event.key === '-') {
      explorer.view.zoom(1 / 1.2);
    } else if (event.key === '0') {
      explorer.view.fit();
    }
  });
}
