// "Open the article": the source's full text in a reader, the quote highlighted and scrolled into view.
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';

/** Where the quote sits in the text: verbatim, else with runs of white space taken as one. */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const exact = text.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  const words = quote
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return null;
  const match = new RegExp(words.join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

export function openArticle(title: string, text: string, quote: string): void {
  const found = findQuote(text, quote);
  const mark = found
    ? h('mark', { 'data-testid': 'article-quote' }, text.slice(found.start, found.end))
    : null;
  const body = h(
    'div',
    { class: 'article-text', 'data-testid': 'article-text' },
    found ? [text.slice(0, found.start), mark, text.slice(found.end)] : text,
  );
  const dialog = h(
    'dialog',
    { class: 'article-reader', 'data-testid': 'article-reader', 'aria-label': title },
    h(
      'form',
      { method: 'dialog', class: 'article-head' },
      h('h2', {}, title),
      h('button', { type: 'submit', 'data-testid': 'article-close' }, t('common.close')),
    ),
    found ? null : h('p', { class: 'error-text' }, t('article.quoteNotFound')),
    body,
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  mark?.scrollIntoView({ block: 'center' });
}
