// Paths found, hop by hop, each hop with the quotes that support it.

import { isPlanned } from '../../../seed/model/statuses.ts';
import type { PathResult } from '../../../server/contract/api.ts';
import { citationList } from '../details/citation-list.ts';
import { statusBadge } from '../details/status-block.ts';
import { plural, t } from '../i18n/i18n.ts';
import { relationshipName } from '../i18n/vocabulary.ts';
import { h } from '../ui/dom.ts';

export function pathElementIds(path: PathResult): string[] {
  return [...path.nodeIds, ...path.hops.map((hop) => hop.edge.id)];
}

/** A hop's status: the API's (its relationship's, else the event or agreement it reaches). */
export function hopStatus(hop: PathResult['hops'][number]): string | null {
  if (hop.status) return hop.status;
  const status = hop.edge.properties.status;
  return typeof status === 'string' ? status : null;
}

function hopNotice(status: string | null): HTMLElement | null {
  if (status === null) return null;
  if (isPlanned(status))
    return h(
      'p',
      { class: 'hop-planned', 'data-testid': 'hop-planned' },
      statusBadge(status),
      ' ',
      h('span', { 'data-i18n': 'paths.hopPlanned' }, t('paths.hopPlanned')),
    );
  return status === 'cancelled'
    ? h(
        'p',
        { class: 'hop-planned', 'data-testid': 'hop-cancelled' },
        statusBadge(status),
        ' ',
        h('span', { 'data-i18n': 'paths.hopCancelled' }, t('paths.hopCancelled')),
      )
    : null;
}

export function pathList(
  paths: PathResult[],
  nameOf: (id: string) => string,
  onShow: (path: PathResult | null) => void,
): HTMLElement {
  if (paths.length === 0) return h('p', { class: 'muted', 'data-testid': 'paths-none' }, t('paths.none'));
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'row' },
      h('span', { class: 'muted' }, plural('paths.found', paths.length)),
      h('button', { type: 'button', class: 'small', onclick: () => onShow(null) }, t('paths.showAll')),
    ),
    h(
      'ol',
      { class: 'path-list', 'data-testid': 'paths-list' },
      paths.map((path, index) =>
        h(
          'li',
          { class: 'path', 'data-testid': 'path' },
          h(
            'button',
            { type: 'button', class: 'path-head', onclick: () => onShow(path) },
            `${t('paths.path', { n: index + 1 })} · ${plural('paths.hops', path.length)}`,
          ),
          h(
            'ol',
            { class: 'hops' },
            path.hops.map((hop) =>
              h(
                'li',
                { class: 'hop', 'data-testid': 'path-hop' },
                h(
                  'div',
                  { class: 'hop-line' },
                  h('strong', {}, nameOf(hop.from)),
                  h(
                    'span',
                    { class: 'edge-type', title: hop.edge.type },
                    hop.edge.source === hop.from
                      ? ` — ${relationshipName(hop.edge.type)} → `
                      : ` ← ${relationshipName(hop.edge.type)} — `,
                  ),
                  h('strong', {}, nameOf(hop.to)),
                ),
                hopNotice(hopStatus(hop)),
                citationList(hop.citations),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
