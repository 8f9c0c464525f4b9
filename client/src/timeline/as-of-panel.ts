// "As of" and "what changed": the partnership network as it stood at a date, and the list of what
// was signed, renewed, announced, held or ended between two dates, each change with its quote.
// Clicking a change brings its element onto the canvas and selects it. The as-of answer is one page
// of the strongest partnerships in force on the day: the panel says when it was cut, and "Load more"
// adds the next page to the canvas.
import { windowProblem } from '../../../seed/model/time-span.ts';
import type { AsOfResponse, Change } from '../../../server/contract/api.ts';
import type { WireGraph } from '../../../server/contract/graph.ts';
import type { ApiClient } from '../api/api-client.ts';
import { plural, t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { attempt, setStatus } from '../ui/toast.ts';

export interface AsOfDeps {
  api: ApiClient;
  /** Replaces the canvas with the network as it stood. */
  showNetwork(graph: WireGraph): Promise<void>;
  /** Adds a further page of the network as it stood to the canvas. */
  addNetwork(graph: WireGraph): Promise<void>;
  /** Brings these nodes (and the links among them and the canvas) onto the canvas. */
  addNodes(ids: string[]): Promise<void>;
  /** Selects an element already on the canvas and shows its details; false when it is not there. */
  reveal(id: string): boolean;
}

const dateInput = (testId: string, labelKey: string) =>
  h('input', {
    type: 'text',
    inputmode: 'numeric',
    class: 'date-input',
    placeholder: t('asOf.datePlaceholder'),
    'data-i18n-placeholder': 'asOf.datePlaceholder',
    'data-testid': testId,
    'aria-label': t(labelKey),
    'data-i18n-aria-label': labelKey,
  });

/** The date as the API gives it: a range when the source only bounds it, a plan with its due date. */
function changeDate(change: Change): string {
  const date = change.latest
    ? t('changes.between', { date: change.date, latest: change.latest })
    : change.date;
  return change.scheduled ? `${date} (${t('changes.due', { date: change.scheduled })})` : date;
}

/** The partnerships (PARTNERS_WITH edges) of an as-of page. */
const partnershipCount = (response: AsOfResponse) =>
  response.graph.edges.filter((edge) => edge.type === 'PARTNERS_WITH').length;

export class AsOfPanel {
  private readonly date = dateInput('as-of-date', 'asOf.date');
  private readonly since = dateInput('changes-since', 'changes.since');
  private readonly until = dateInput('changes-until', 'changes.until');
  private readonly problem = h('p', { class: 'error-text', 'data-testid': 'as-of-problem', hidden: true });
  private readonly list = h('div', { class: 'changes', 'data-testid': 'changes' });
  /** What the as-of answer left out (its cut, the events cap), with "Load more". */
  private readonly asOfNote = h('div', { class: 'as-of-note', 'data-testid': 'as-of-note' });

  constructor(
    body: HTMLElement,
    private readonly deps: AsOfDeps,
  ) {
    body.replaceChildren(
      h('h2', { 'data-i18n': 'asOf.title' }, t('asOf.title')),
      h('p', { class: 'muted', 'data-i18n': 'asOf.hint' }, t('asOf.hint')),
      h(
        'form',
        { class: 'row', 'data-testid': 'as-of-form', onsubmit: (event: Event) => this.submitAsOf(event) },
        this.date,
        h(
          'button',
          { type: 'submit', 'data-testid': 'as-of-show', 'data-i18n': 'asOf.show' },
          t('asOf.show'),
        ),
      ),
      this.asOfNote,
      h('h2', { 'data-i18n': 'changes.title' }, t('changes.title')),
      h(
        'form',
        {
          class: 'row',
          'data-testid': 'changes-form',
          onsubmit: (event: Event) => this.submitChanges(event),
        },
        this.since,
        this.until,
        h(
          'button',
          { type: 'submit', 'data-testid': 'changes-show', 'data-i18n': 'changes.show' },
          t('changes.show'),
        ),
      ),
      this.problem,
      this.list,
    );
  }

  /** A problem with the dates typed, in the model's words, or undefined when they are usable. */
  private check(window: { since?: string; until?: string }): string | undefined {
    const problem = windowProblem(window);
    this.problem.hidden = problem === undefined;
    this.problem.textContent = problem ? t('asOf.badDate', { problem }) : '';
    return problem;
  }

  private submitAsOf(event: Event): void {
    event.preventDefault();
    const date = this.date.value.trim();
    if (!date) {
      this.problem.hidden = false;
      this.problem.textContent = t('asOf.needDate');
      return;
    }
    if (this.check({ until: date })) return;
    void attempt(async () => {
      setStatus(t('status.loading'));
      const response = await this.deps.api.asOf(date);
      await this.deps.showNetwork(response.graph);
      this.noteAsOf(date, response, partnershipCount(response));
      setStatus(t('asOf.shown', { date, count: response.graph.nodes.length }));
    }, t('asOf.failed'));
  }

  /** Says how much of the network as of `date` is shown, with "Load more" while there is more. */
  private noteAsOf(date: string, response: AsOfResponse, shown: number): void {
    const parts: HTMLElement[] = [];
    if (response.truncated) {
      parts.push(
        h(
          'p',
          { class: 'muted', 'data-testid': 'as-of-cut' },
          t('asOf.cut', { shown, total: response.total, date }),
        ),
      );
    }
    const cursor = response.nextCursor;
    if (cursor !== null) {
      parts.push(
        h(
          'button',
          {
            type: 'button',
            'data-testid': 'as-of-more',
            onclick: () => this.loadMore(date, cursor, shown),
          },
          t('asOf.loadMore', { shown, total: response.total }),
        ),
      );
    }
    if (response.eventsTruncated) {
      const events = response.graph.nodes.filter((node) => node.labels.includes('Event')).length;
      parts.push(
        h('p', { class: 'muted', 'data-testid': 'as-of-events-cut' }, t('asOf.eventsCut', { count: events })),
      );
    }
    this.asOfNote.replaceChildren(...parts);
  }

  private loadMore(date: string, cursor: string, shownBefore: number): void {
    void attempt(async () => {
      const response = await this.deps.api.asOf(date, cursor);
      await this.deps.addNetwork(response.graph);
      // The events came with the first page: keep their note.
      this.noteAsOf(date, { ...response, eventsTruncated: false }, shownBefore + partnershipCount(response));
    }, t('asOf.failed'));
  }

  private submitChanges(event: Event): void {
    event.preventDefault();
    const since = this.since.value.trim();
    const until = this.until.value.trim();
    if (!since || !until) {
      this.problem.hidden = false;
      this.problem.textContent = t('changes.needBoth');
      return;
    }
    if (this.check({ since, until })) return;
    void attempt(async () => {
      const response = await this.deps.api.changes({ since, until });
      this.renderChanges(response.changes);
      if (response.truncated) {
        this.list.prepend(
          h(
            'p',
            { class: 'muted', 'data-testid': 'changes-cut' },
            t('changes.cut', { shown: response.changes.length, total: response.total }),
          ),
        );
      }
    }, t('changes.failed'));
  }

  private renderChanges(changes: Change[]): void {
    if (changes.length === 0) {
      this.list.replaceChildren(h('p', { class: 'muted', 'data-testid': 'changes-none' }, t('changes.none')));
      return;
    }
    this.list.replaceChildren(
      h('p', { class: 'muted' }, plural('changes.count', changes.length)),
      h(
        'ol',
        { class: 'change-list', 'data-testid': 'change-list' },
        changes.map((change) => this.changeItem(change)),
      ),
    );
  }

  private changeItem(change: Change): HTMLElement {
    const { element, citation } = change;
    const what =
      element.name ??
      (element.from && element.to
        ? `${element.from.name ?? element.from.id} → ${element.to.name ?? element.to.id}`
        : element.id);
    return h(
      'li',
      {
        class: 'change',
        'data-testid': 'change',
        'data-element-id': element.id,
        'data-change': change.change,
      },
      h(
        'button',
        { type: 'button', class: 'change-head', onclick: () => this.open(change) },
        h('span', { class: 'badge', 'data-status': change.change }, t(`changes.kind.${change.change}`)),
        ` ${changeDate(change)} · `,
        h('strong', {}, what),
        element.type ? h('span', { class: 'edge-type' }, ` ${element.type}`) : null,
      ),
      h(
        'blockquote',
        { class: 'quote' },
        `« ${citation.quote} »`,
        h(
          'footer',
          { class: 'source-line' },
          [citation.sourceTitle ?? citation.sourceId, citation.published].filter(Boolean).join(', '),
        ),
      ),
    );
  }

  private open(change: Change): void {
    const { element } = change;
    if (this.deps.reveal(element.id)) return;
    // A relationship comes with its two ends; a node by itself.
    const ids = element.from && element.to ? [element.from.id, element.to.id] : [element.id];
    void attempt(async () => {
      await this.deps.addNodes(ids);
      this.deps.reveal(element.id);
    }, t('changes.failed'));
  }
}
