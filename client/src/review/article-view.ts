// The article as the draft keeps it, with its mentions highlighted and the selected candidate's
// quote marked. Its text content is exactly the draft's text, so a selection's offsets in it are
// offsets in the text: a quote taken from a selection is verbatim by construction.
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import type { Mention } from './draft-types.ts';

interface Span {
  start: number;
  end: number;
}

export class ArticleView {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private text = '';
  private mentions: Mention[] = [];

  constructor(private readonly onPick: (candidateId: string) => void) {
    this.body = h('div', { class: 'review-article-text', 'data-testid': 'review-article' });
    this.element = h(
      'section',
      { class: 'review-article', 'aria-labelledby': 'review-article-title' },
      h('h3', { id: 'review-article-title' }, t('review.article')),
      h('p', { class: 'muted' }, t('review.article.hint')),
      this.body,
    );
    this.body.addEventListener('click', (event) => this.pickFrom(event.target));
    this.body.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        if (this.pickFrom(event.target)) event.preventDefault();
      }
    });
  }

  private pickFrom(target: EventTarget | null): boolean {
    const mark = (target as HTMLElement | null)?.closest?.('mark[data-candidate-id]');
    const id = mark?.getAttribute('data-candidate-id');
    if (!id) return false;
    this.onPick(id);
    return true;
  }

  /** Draws the text; `quote` is the selected candidate's quote, `selected` its candidate id. */
  render(text: string, mentions: Mention[], selected: string | null, quote: Span | null): void {
    this.text = text;
    this.mentions = mentions;
    const spans: (Span & { mention?: Mention; quote?: boolean })[] = [
      ...mentions.map((mention) => ({ start: mention.start, end: mention.end, mention })),
      ...(quote ? [{ ...quote, quote: true }] : []),
    ];
    const cuts = new Set([0, text.length]);
    for (const span of spans) {
      cuts.add(Math.max(0, Math.min(text.length, span.start)));
      cuts.add(Math.max(0, Math.min(text.length, span.end)));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: Node[] = [];
    for (let index = 0; index < points.length - 1; index += 1) {
      const start = points[index] as number;
      const end = points[index + 1] as number;
      const piece = text.slice(start, end);
      const covering = spans.filter((span) => span.start <= start && span.end >= end);
      const mention = covering.find((span) => span.mention)?.mention;
      const inQuote = covering.some((span) => span.quote);
      if (!mention && !inQuote) {
        pieces.push(document.createTextNode(piece));
        continue;
      }
      const classes = [mention ? 'mention' : '', inQuote ? 'quote-selected' : ''];
      if (mention && mention.candidateId === selected) classes.push('mention-selected');
      pieces.push(
        mention
          ? h(
              'mark',
              {
                class: classes.join(' ').trim(),
                tabindex: 0,
                role: 'button',
                'data-candidate-id': mention.candidateId,
                'data-testid': 'review-mention',
                'data-start': start,
              },
              piece,
            )
          : h('span', { class: classes.join(' ').trim(), 'data-testid': 'review-quote' }, piece),
      );
    }
    this.body.replaceChildren(...pieces);
  }

  /** Scrolls the first mark of a candidate (or its quote) into view. */
  reveal(candidateId: string): void {
    const mark =
      this.body.querySelector(`mark[data-candidate-id="${CSS.escape(candidateId)}"]`) ??
      this.body.querySelector('.quote-selected');
    mark?.scrollIntoView({ block: 'nearest' });
  }

  /** Mentions of a candidate, for the table's "mentioned n times". */
  mentionCount(candidateId: string): number {
    return this.mentions.filter((mention) => mention.candidateId === candidateId).length;
  }

  /** The selected text's offsets in the article, or null when nothing of it is selected. */
  selection(): { start: number; end: number; text: string } | null {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (!this.body.contains(range.startContainer) || !this.body.contains(range.endContainer)) return null;
    const before = document.createRange();
    before.setStart(this.body, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const start = before.toString().length;
    const end = start + range.toString().length;
    return { start, end, text: this.text.slice(start, end) };
  }
}
