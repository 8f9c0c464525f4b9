// The top of the review screen: the source's title and counts, the actions on the whole draft
// (commit, accept or reject what is left to review, discard, back to the list) and the source's
// fields with the draft's proposals and any issue the validator found with them.
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import type { Decision, Draft, DraftSourceInput } from './draft-types.ts';
import { sourceFields } from './source-fields.ts';

export interface HeadActions {
  commit(): void;
  /** Gives every candidate still to review this decision. */
  decideRest(decision: Decision): void;
  discard(): void;
  back(): void;
  saveSource(source: DraftSourceInput): void;
}

function action(labelKey: string, testId: string, run: () => void, primary = false): HTMLButtonElement {
  const element = h(
    'button',
    { type: 'button', 'data-testid': testId, ...(primary ? { class: 'primary' } : {}) },
    t(labelKey),
  );
  element.addEventListener('click', run);
  return element;
}

/** Issues on the source itself: the server adds them to the source while it is invalid. */
function sourceIssues(draft: Draft): { path: string; message: string }[] {
  const issues = (draft.source as { issues?: unknown }).issues;
  return Array.isArray(issues) ? (issues as { path: string; message: string }[]) : [];
}

export function reviewHead(draft: Draft, actions: HeadActions): HTMLElement[] {
  const count = (decision: Decision) => draft.candidates.filter((c) => c.decision === decision).length;
  const commit = action('review.commit', 'review-commit', actions.commit, true);
  commit.title = t('review.commitHint');
  const fields = sourceFields(draft.source, draft.source.proposed);
  const issues = sourceIssues(draft);
  return [
    h(
      'div',
      { class: 'review-head', 'data-testid': 'review-screen', 'data-draft-id': draft.id },
      h('h2', {}, draft.source.title || t('review.drafts.untitled')),
      h(
        'p',
        { 'data-testid': 'review-summary', role: 'status' },
        t('review.summary', {
          accepted: count('accepted'),
          rejected: count('rejected'),
          pending: count('pending'),
        }),
      ),
      h('p', { class: 'muted' }, t('review.previewHint')),
      h(
        'div',
        { class: 'review-actions' },
        commit,
        count('pending') > 0
          ? [
              action('review.acceptRest', 'review-accept-rest', () => actions.decideRest('accepted')),
              action('review.rejectRest', 'review-reject-rest', () => actions.decideRest('rejected')),
            ]
          : null,
        action('review.discard', 'review-discard', actions.discard),
        action('review.close', 'review-back', actions.back),
      ),
    ),
    h(
      'details',
      { class: 'review-source', ...(issues.length > 0 ? { open: true } : {}) },
      h('summary', {}, t('review.source.title')),
      fields.element,
      issues.length > 0
        ? h(
            'ul',
            { class: 'form-error', 'data-testid': 'review-source-issues' },
            issues.map((issue) => h('li', {}, `${issue.path}: ${issue.message}`)),
          )
        : null,
      action('review.source.save', 'review-source-save', () => actions.saveSource(fields.values())),
    ),
  ];
}
