// The table of a draft's candidates: what each says, the rule that proposed it and how sure it is,
// its quote, and accept / edit / reject (plus "same actor as…" for a candidate new actor). An issue
// the validator found shows on the row of the candidate it concerns.
import { formatNumber, t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { type Candidate, type Decision, type Draft, recordView } from './draft-types.ts';

export interface CandidateActions {
  select(id: string): void;
  decide(id: string, decision: Decision): void;
  edit(id: string): void;
  sameAs(id: string): void;
}

/** Names by id for the candidates' ends: the draft's actors, new and matched. */
export function namesOf(draft: Draft): Map<string, string> {
  const names = new Map<string, string>();
  for (const candidate of draft.candidates) {
    if (candidate.kind !== 'node') continue;
    const record = recordView(candidate);
    names.set(record.id, record.name);
    if (candidate.existingId) names.set(candidate.existingId, record.name);
  }
  return names;
}

function dateOf(candidate: Candidate): string {
  const p = recordView(candidate).props;
  const start = p.start ?? p.date ?? p.since;
  const end = p.end ?? p.until;
  if (typeof start !== 'string') return '';
  return typeof end === 'string' && end !== start ? `${start} → ${end}` : start;
}

function issuePath(path: string | (string | number)[]): string {
  return Array.isArray(path) ? path.join('.') : path;
}

function button(text: string, testId: string, action: () => void, pressed?: boolean): HTMLButtonElement {
  const element = h(
    'button',
    {
      type: 'button',
      'data-testid': testId,
      ...(pressed === undefined ? {} : { 'aria-pressed': String(pressed) }),
    },
    text,
  );
  element.addEventListener('click', (event) => {
    event.stopPropagation();
    action();
  });
  return element;
}

/** The next (or previous) candidate row, past issue and editor rows. */
function sibling(tr: Element, way: 'nextElementSibling' | 'previousElementSibling'): HTMLElement | null {
  let next = tr[way];
  while (next && !next.matches('tr.candidate')) next = next[way];
  return next as HTMLElement | null;
}

function row(
  candidate: Candidate,
  names: Map<string, string>,
  selected: boolean,
  actions: CandidateActions,
): HTMLTableRowElement {
  const record = recordView(candidate);
  const isNode = candidate.kind === 'node';
  // "Same actor as…" makes the candidate that actor: the server says so by the rule.
  const sameAs = candidate.rule === 'same-as';
  const matched = isNode && candidate.existingId;
  const what = isNode
    ? [
        h('strong', {}, record.name),
        candidate.existingId && !sameAs ? h('span', { class: 'badge' }, t('review.kind.existing')) : null,
        sameAs
          ? h(
              'span',
              { class: 'badge', 'data-testid': 'review-same-as' },
              t('review.sameAs.is', { name: record.name }),
            )
          : null,
        h('code', { class: 'muted' }, candidate.existingId ?? record.id),
      ]
    : [
        `${names.get(record.from) ?? record.from} → ${names.get(record.to) ?? record.to}`,
        h('code', { class: 'muted' }, `${record.from} → ${record.to}`),
      ];
  const status = record.props.status;
  const tr = h(
    'tr',
    {
      class: `candidate decision-${candidate.decision}${selected ? ' selected' : ''}${candidate.issues.length ? ' has-issues' : ''}`,
      'data-testid': 'review-candidate',
      'data-candidate-id': candidate.id,
      'data-decision': candidate.decision,
      'data-kind': candidate.kind,
      'data-record-id': isNode ? record.id : `${record.from}|${record.type}|${record.to}`,
      'data-existing-id': candidate.existingId,
      'aria-selected': String(selected),
      tabindex: 0,
    },
    h('td', {}, t(`review.kind.${candidate.kind}`)),
    h('td', {}, isNode ? (record.kind ? `${record.label} · ${record.kind}` : record.label) : record.type),
    h('td', { class: 'candidate-what' }, what),
    h('td', {}, typeof status === 'string' ? status : ''),
    h('td', {}, dateOf(candidate)),
    h('td', { class: 'muted' }, candidate.rule),
    h('td', {}, formatNumber(Math.round(candidate.confidence * 100) / 100)),
    h('td', { class: 'candidate-quote', 'data-testid': 'review-candidate-quote' }, `« ${record.quote} »`),
    h(
      'td',
      { class: 'candidate-actions' },
      h(
        'span',
        { class: `decision decision-${candidate.decision}`, 'data-testid': 'review-decision' },
        t(`review.decision.${candidate.decision}`),
      ),
      button(
        t('review.accept'),
        'review-accept',
        () => actions.decide(candidate.id, 'accepted'),
        candidate.decision === 'accepted',
      ),
      button(
        t('review.reject'),
        'review-reject',
        () => actions.decide(candidate.id, 'rejected'),
        candidate.decision === 'rejected',
      ),
      button(t('review.edit'), 'review-edit', () => actions.edit(candidate.id)),
      isNode && !matched
        ? button(t('review.sameAs'), 'review-same-as-open', () => actions.sameAs(candidate.id))
        : null,
    ),
  );
  tr.addEventListener('click', () => actions.select(candidate.id));
  tr.addEventListener('keydown', (event) => {
    if (event.target !== tr) return;
    if (event.key === 'Enter') actions.select(candidate.id);
    else if (event.key === 'a') actions.decide(candidate.id, 'accepted');
    else if (event.key === 'r') actions.decide(candidate.id, 'rejected');
    else if (event.key === 'ArrowDown') sibling(tr, 'nextElementSibling')?.focus();
    else if (event.key === 'ArrowUp') sibling(tr, 'previousElementSibling')?.focus();
    else return;
    event.preventDefault();
  });
  return tr;
}

function issuesRow(candidate: Candidate): HTMLTableRowElement {
  return h(
    'tr',
    { class: 'candidate-issues', 'data-testid': 'review-issues', 'data-candidate-id': candidate.id },
    h(
      'td',
      { colspan: 9 },
      h('strong', {}, `${t('review.issues')} : `),
      h(
        'ul',
        {},
        candidate.issues.map((issue) =>
          h('li', {}, issuePath(issue.path) ? `${issuePath(issue.path)}: ${issue.message}` : issue.message),
        ),
      ),
    ),
  );
}

/** The table; `editor` (the open edit or "same as" form) goes right under its candidate's row. */
export function candidateTable(
  draft: Draft,
  selected: string | null,
  editor: { id: string; element: HTMLElement } | null,
  actions: CandidateActions,
): HTMLTableElement {
  const names = namesOf(draft);
  const head = ['kind', 'type', 'name', 'status', 'date', 'rule', 'confidence', 'quote', 'decision'].map(
    (key) => h('th', { scope: 'col' }, t(`review.col.${key}`)),
  );
  const body = h('tbody', {});
  for (const candidate of draft.candidates) {
    body.append(row(candidate, names, candidate.id === selected, actions));
    if (candidate.issues.length > 0) body.append(issuesRow(candidate));
    if (editor?.id === candidate.id)
      body.append(h('tr', { class: 'candidate-editor' }, h('td', { colspan: 9 }, editor.element)));
  }
  return h(
    'table',
    { class: 'review-candidates', 'data-testid': 'review-candidates' },
    h('caption', { class: 'visually-hidden' }, t('review.candidates')),
    h('thead', {}, h('tr', {}, head)),
    body,
  );
}
