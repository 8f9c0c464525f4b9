// The state a saved view keeps (its shape is the API contract's): the canvas's nodes and their
// arrangement, the mode, layout, date window, language and the filter panel's `filters`.
// A shared link names a view stored on the server: /?view=<short id>.
export type { ViewState } from '../../../server/contract/views.ts';

export function viewLink(id: string): string {
  return `${window.location.origin}/?view=${encodeURIComponent(id)}`;
}
