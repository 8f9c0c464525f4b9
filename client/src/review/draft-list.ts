// The open drafts, so a review can be resumed after a reload or on another day.
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import type { DraftSummary } from './draft-types.ts';

export function draftList(drafts: DraftSummary[], resume: (id: string) => void): HTMLElement {
  if (drafts.length === 0)
    return h('p', { class: 'muted', 'data-testid': 'review-drafts-empty' }, t('review.drafts.empty'));
  return h(
    'ul',
    { class: 'review-drafts', 'data-testid': 'review-drafts' },
    drafts.map((draft) => {
      const open = h(
        'button',
        { type: 'button', 'data-testid': 'review-draft-resume', 'data-draft-id': draft.id },
        t('review.drafts.resume'),
      );
      open.addEventListener('click', () => resume(draft.id));
      return h(
        'li',
        { 'data-draft-id': draft.id },
        h('strong', {}, draft.title || t('review.drafts.untitled')),
        h(
          'span',
          { class: 'muted' },
          t('review.drafts.line', {
            accepted: draft.accepted,
            candidates: draft.candidates,
            by: draft.createdBy,
            date: draft.updatedAt.slice(0, 16).replace('T', ' '),
          }),
        ),
        open,
      );
    }),
  );
}
