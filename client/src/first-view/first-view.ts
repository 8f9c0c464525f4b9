// When the first view is drawn: on a load without any view in the URL, on a graph small enough to
// draw whole (a big one opens on the partnership overview instead, overview-drill.ts), unless the
// URL asks for the empty canvas (`?start=empty`, e.g. to start a fresh exploration).
export function wantsFirstView(search: string = window.location.search): boolean {
  return new URLSearchParams(search).get('start') !== 'empty';
}
