// The "Start" tab of the first view: ready questions as buttons, the answer of the one asked, and
// the sources the data comes from (title, publisher, date, link).
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { attempt } from '../ui/toast.ts';
import { type QuestionDeps, READY_QUESTIONS } from './ready-questions.ts';

export class StartPanel {
  readonly element: HTMLElement;
  private readonly answer = h('div', { class: 'answer', 'data-testid': 'answer', 'aria-live': 'polite' });
  private readonly sourceList = h('ul', { class: 'start-sources', 'data-testid': 'start-sources' });

  constructor(private readonly deps: QuestionDeps) {
    const buttons = READY_QUESTIONS.map((question) => {
      const button = h(
        'button',
        { type: 'button', class: 'question', 'data-testid': `question-${question.id}` },
        t(question.labelKey),
      );
      button.addEventListener('click', () => void this.ask(question.id));
      return button;
    });
    this.element = h(
      'section',
      { class: 'start-panel', 'data-testid': 'start-panel' },
      h('p', { class: 'muted' }, t('questions.intro')),
      h('h3', {}, t('questions.title')),
      h('div', { class: 'questions' }, buttons),
      this.answer,
      h('h3', {}, t('questions.sources')),
      this.sourceList,
    );
  }

  async ask(id: string): Promise<void> {
    const question = READY_QUESTIONS.find((candidate) => candidate.id === id);
    if (!question) return;
    this.answer.dataset.question = id;
    this.answer.replaceChildren(h('p', { class: 'muted' }, t('common.loading')));
    await attempt(() => question.answer(this.deps, this.answer), t('questions.failed'));
  }

  async renderSources(): Promise<void> {
    const sources = [...(await this.deps.sources.all()).values()];
    this.sourceList.replaceChildren(
      ...sources.map((source) =>
        h(
          'li',
          { 'data-testid': 'start-source', 'data-source-id': source.id },
          source.url && /^https?:\/\//i.test(source.url)
            ? h(
                'a',
                { href: source.url, target: '_blank', rel: 'noopener noreferrer' },
                source.title ?? source.id,
              )
            : h('cite', {}, source.title ?? source.id),
          ` — ${[source.publisher, source.published].filter(Boolean).join(', ')}`,
        ),
      ),
    );
  }
}
