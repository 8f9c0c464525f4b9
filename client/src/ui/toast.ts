// The visible place where every failure ends up, plus a polite status line for progress.
import { ApiError, isAbort } from '../api/api-error.ts';
import { t } from '../i18n/i18n.ts';
import { h } from './dom.ts';

let region: HTMLElement | null = null;
let statusLine: HTMLElement | null = null;

export function mountToasts(toastRegion: HTMLElement, status: HTMLElement): void {
  region = toastRegion;
  statusLine = status;
}

function toast(kind: 'error' | 'info', title: string, detail: string): void {
  if (!region) throw new Error('toasts are not mounted yet');
  const close = h('button', { type: 'button', class: 'toast-close', 'aria-label': t('common.close') }, '×');
  const item = h(
    'div',
    {
      class: `toast toast-${kind}`,
      role: kind === 'error' ? 'alert' : 'status',
      'data-testid': `toast-${kind}`,
    },
    h('strong', {}, title),
    detail ? h('div', { class: 'toast-detail' }, detail) : null,
    close,
  );
  close.addEventListener('click', () => item.remove());
  region.append(item);
  // Errors stay until closed (an analyst may need to read a Cypher message); notes fade.
  if (kind === 'info') setTimeout(() => item.remove(), 4000);
  while (region.children.length > 5) region.firstElementChild?.remove();
}

export function showError(error: unknown, context?: string): void {
  if (isAbort(error)) return; // A superseded request, cancelled on purpose: not a failure.
  if (error instanceof ApiError) {
    toast('error', context ? `${context}: ${error.title}` : error.title, error.detail);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    toast('error', context ?? t('error.unexpected'), message);
  }
  console.error(error);
}

export function showInfo(title: string, detail = ''): void {
  toast('info', title, detail);
}

/** What the canvas holds, and how to say so: a status that no longer matches it is replaced. */
let canvasStamp: (() => string) | null = null;
let canvasSummary: (() => string) | null = null;
let stampAtStatus = '';

export function setStatus(text: string): void {
  if (statusLine) statusLine.textContent = text;
  stampAtStatus = canvasStamp?.() ?? '';
}

/**
 * The status line describes the last action ("45 nodes added."); once the canvas changes without a
 * new status (an undo, a removal, nodes added by another panel), it says what the canvas holds
 * instead, so it is never stale.
 */
export function watchCanvasForStatus(stamp: () => string, summary: () => string): void {
  canvasStamp = stamp;
  canvasSummary = summary;
  stampAtStatus = stamp();
}

export function refreshStaleStatus(): void {
  if (!statusLine || !canvasStamp || !canvasSummary || !statusLine.textContent) return;
  if (canvasStamp() === stampAtStatus) return;
  setStatus(canvasSummary());
}

/** Runs an async UI action, sending its failure to the toasts; returns undefined on failure. */
export async function attempt<T>(action: () => Promise<T>, context?: string): Promise<T | undefined> {
  try {
    return await action();
  } catch (error) {
    showError(error, context);
    return undefined;
  }
}

export function installGlobalErrorHandlers(): void {
  window.addEventListener('error', (event) => showError(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => showError(event.reason));
}
