// Quotes with their source: "« quote » — Title, Publisher, 2025-11-20 (inferred), FR".
import type { Citation } from '../../../server/contract/common.ts';
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';

export function sourceLine(source: Citation['source'], sourceId: string): HTMLElement {
  if (!source) return h('span', { class: 'source-line' }, t('details.unknownSource', { id: sourceId }));
  const date = source.published
    ? `${source.published}${source.publishedInferred ? ` ${t('details.inferred')}` : ''}`
    : null;
  const parts = [source.publisher, date, source.language ? source.language.toUpperCase() : null].filter(
    Boolean,
  );
  const title = source.title ?? sourceId;
  return h(
    'span',
    { class: 'source-line', 'data-testid': 'citation-source' },
    // Only web links become links: a javascript: or data: URL in imported data must not run.
    source.url && /^https?:\/\//i.test(source.url)
      ? h(
          'a',
          { href: source.url, target: '_blank', rel: 'noopener noreferrer', class: 'source-title' },
          title,
        )
      : h('cite', { class: 'source-title' }, title),
    parts.length > 0 ? ` — ${parts.join(', ')}` : '',
  );
}

/** `actions` adds controls beside each quote (open the article, retract its source). */
export function citationList(
  citations: Citation[],
  actions?: (citation: Citation) => HTMLElement,
): HTMLElement {
  if (citations.length === 0) return h('p', { class: 'muted' }, t('details.noCitations'));
  return h(
    'ul',
    { class: 'citations', 'data-testid': 'citations' },
    citations.map((citation) =>
      h(
        'li',
        { class: 'citation' },
        quoteOf(citation),
        sourceLine(citation.source, citation.sourceId),
        actions ? actions(citation) : null,
      ),
    ),
  );
}

/** A register's citation is one of its rows, shown as "Register row 12: …", not as a sentence. */
function quoteOf(citation: Citation): HTMLElement {
  const row = citation.source?.kind === 'register' ? /^Row (\d+): ([\s\S]*)$/.exec(citation.quote) : null;
  if (!row) return h('blockquote', { 'data-testid': 'citation-quote' }, citation.quote);
  return h(
    'p',
    { class: 'register-row', 'data-testid': 'citation-quote', 'data-register-row': row[1] as string },
    h('strong', {}, t('details.registerRow', { row: row[1] as string })),
    ` ${row[2]}`,
  );
}
