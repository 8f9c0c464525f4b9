// The standing of an element in the details panel: its status as a badge with the source that
// reports it (and every status reported, oldest first, when several sources did), how many
// independent sources support it, and the mark of an inferred date.
import { isPlanned } from '../../../seed/model/statuses.ts';
import type { JsonValue } from '../../../server/contract/graph.ts';
import { text } from '../graph/elements.ts';
import { sourceCount } from '../graph/evidence-marks.ts';
import { plural, t } from '../i18n/i18n.ts';
import type { SourceCache } from '../sources/source-cache.ts';
import { h } from '../ui/dom.ts';

type Props = Record<string, JsonValue>;

interface StatusReport {
  published: string;
  status: string;
  sourceId: string;
}

/** `statusHistory` entries: "<source published date>|<status>|<source id>", oldest first. */
export function statusHistoryOf(props: Props): StatusReport[] {
  const history = Array.isArray(props.statusHistory) ? props.statusHistory : [];
  return history.flatMap((entry) => {
    const [published, status, sourceId] = String(entry).split('|');
    return published !== undefined && status && sourceId ? [{ published, status, sourceId }] : [];
  });
}

export function statusBadge(status: string): HTMLElement {
  return h(
    'span',
    {
      class: `badge status-badge${isPlanned(status) ? ' status-planned' : ''}`,
      'data-testid': 'status-badge',
      'data-status': status,
      // Re-translated in place when the language changes (the paths list is not rebuilt).
      'data-i18n': `factStatus.${status}`,
      title: isPlanned(status) ? t('factStatus.plannedHint') : '',
    },
    t(`factStatus.${status}`),
  );
}

/** A source's title once the source list is known; its id until then. */
function sourceName(sources: SourceCache, id: string): HTMLElement {
  const name = h('cite', { class: 'source-title', 'data-source-id': id }, id);
  void sources.all().then(
    (all) => {
      const title = all.get(id)?.title;
      if (title) name.textContent = title;
    },
    () => undefined, // The citations below report a failed source list; the id stays readable.
  );
  return name;
}

export function statusBlock(type: string | null, props: Props, sources: SourceCache): HTMLElement | null {
  const status = text(props.status);
  const history = statusHistoryOf(props);
  const cited = Array.isArray(props.sources) ? [...new Set(props.sources.map(String))] : [];
  const count = sourceCount(type, props);
  const parts: (HTMLElement | null)[] = [];
  if (status) {
    // The current status is the latest reported; with no history, the element's own sources report it.
    const reporters = history.length > 0 ? [history[history.length - 1]?.sourceId ?? ''] : cited;
    parts.push(
      h(
        'p',
        { class: 'status-line', 'data-testid': 'details-status' },
        statusBadge(status),
        reporters.length > 0
          ? h(
              'span',
              { class: 'status-source', 'data-testid': 'status-source' },
              ` ${t('details.statusBy')} `,
              reporters.flatMap((id, index) => [index > 0 ? ', ' : '', sourceName(sources, id)]),
            )
          : null,
      ),
    );
  }
  if (history.length > 1) {
    parts.push(
      h(
        'ol',
        { class: 'status-history', 'data-testid': 'status-history' },
        history.map((report) =>
          h(
            'li',
            {},
            `${report.published} · `,
            statusBadge(report.status),
            ' ',
            sourceName(sources, report.sourceId),
          ),
        ),
      ),
    );
  }
  if (cited.length > 0 || type === 'PARTNERS_WITH')
    parts.push(
      h(
        'p',
        { class: count > 1 ? 'muted' : 'muted single-source', 'data-testid': 'details-source-count' },
        plural('details.sourceCount', count),
      ),
    );
  if (props.dateInferred === true)
    parts.push(
      h(
        'p',
        { class: 'inferred-date', 'data-testid': 'details-date-inferred' },
        h('span', { class: 'badge inferred-badge' }, t('details.dateInferred')),
        text(props.note) ? ` ${text(props.note)}` : '',
      ),
    );
  return parts.length > 0 ? h('div', { class: 'standing' }, parts) : null;
}
