// Plays a story: each step opens its saved view; a bar over the canvas shows the step's name and
// note with previous/next (also the arrow keys) and closes with Escape.
import type { Story, ViewState } from '../../../server/contract/views.ts';
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { attempt } from '../ui/toast.ts';
import type { ViewsApi } from './views-api.ts';

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable)
  );
}

export class StoryPlayer {
  private story: Story | null = null;
  private index = 0;
  private readonly title = h('strong', { 'data-testid': 'story-title' });
  private readonly counter = h('span', { 'data-testid': 'story-counter' });
  private readonly stepName = h('span', { class: 'story-step', 'data-testid': 'story-step' });
  private readonly note = h('p', { class: 'story-note', 'data-testid': 'story-note' });
  private readonly previous = h(
    'button',
    { type: 'button', 'data-testid': 'story-previous', onclick: () => void this.go(-1) },
    `‹ ${t('stories.previous')}`,
  );
  private readonly next = h(
    'button',
    { type: 'button', 'data-testid': 'story-next', onclick: () => void this.go(1) },
    `${t('stories.next')} ›`,
  );
  readonly element = h(
    'div',
    {
      class: 'story-bar',
      role: 'region',
      'aria-label': t('stories.title'),
      'data-testid': 'story-bar',
      hidden: true,
    },
    h('div', { class: 'story-head' }, this.title, this.counter, this.stepName),
    this.note,
    h(
      'div',
      { class: 'button-row' },
      this.previous,
      this.next,
      h(
        'button',
        { type: 'button', 'data-testid': 'story-close', onclick: () => this.close() },
        t('common.close'),
      ),
    ),
  );

  constructor(
    private readonly views: ViewsApi,
    private readonly open: (state: ViewState) => Promise<void>,
  ) {
    document.addEventListener('keydown', (event) => {
      if (!this.story || typingIn(event.target)) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') void this.go(1);
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') void this.go(-1);
      else if (event.key === 'Escape') this.close();
      else return;
      event.preventDefault();
    });
  }

  playing(): boolean {
    return this.story !== null;
  }

  async play(id: string): Promise<void> {
    this.story = await this.views.story(id);
    this.index = 0;
    this.element.hidden = false;
    await this.show();
  }

  private async go(delta: number): Promise<void> {
    if (!this.story) return;
    const next = this.index + delta;
    if (next < 0 || next >= this.story.steps.length) return;
    this.index = next;
    await this.show();
  }

  private async show(): Promise<void> {
    const story = this.story;
    const step = story?.steps[this.index];
    if (!story || !step) return;
    this.title.textContent = story.name;
    this.counter.textContent = t('stories.counter', { step: this.index + 1, count: story.steps.length });
    this.stepName.textContent = step.viewName ?? t('stories.missing');
    this.note.textContent = step.note;
    this.previous.disabled = this.index === 0;
    this.next.disabled = this.index === story.steps.length - 1;
    if (step.viewName === null) return;
    await attempt(async () => this.open((await this.views.get(step.viewId)).state), t('views.openFailed'));
  }

  close(): void {
    this.story = null;
    this.element.hidden = true;
  }
}
