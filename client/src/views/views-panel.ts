// The Views tab: save the canvas as a named view (with notes), share it by a short link, list and
// reopen saved views, and make a story of the ticked views to play as a presentation.
import type { SavedViewSummary, ViewState } from '../../../server/contract/views.ts';
import { plural, t } from '../i18n/i18n.ts';
import { viewLink } from '../state/view-state.ts';
import { clear, h } from '../ui/dom.ts';
import { attempt, setStatus } from '../ui/toast.ts';
import type { ViewsApi } from './views-api.ts';

export interface ViewsPanelDeps {
  views: ViewsApi;
  /** The canvas as it is now. */
  capture(): ViewState;
  /** Puts a saved view back on the canvas; its id stays in the address bar until a change. */
  open(state: ViewState, id: string): Promise<void>;
  /** Plays a story from its first step. */
  play(storyId: string): Promise<void>;
}

export class ViewsPanel {
  private readonly name = h('input', {
    type: 'text',
    maxlength: 120,
    'data-testid': 'view-name',
    'aria-label': t('views.name'),
  });
  private readonly notes = h('textarea', {
    rows: 3,
    maxlength: 10000,
    'data-testid': 'view-notes',
    'aria-label': t('views.notes'),
  });
  private readonly link = h('input', {
    type: 'text',
    readonly: true,
    hidden: true,
    'data-testid': 'view-link',
    'aria-label': t('views.link'),
  });
  private readonly list = h('ul', { class: 'views-list', 'data-testid': 'views-list' });
  private readonly storyName = h('input', {
    type: 'text',
    maxlength: 120,
    'data-testid': 'story-name',
    'aria-label': t('stories.name'),
  });
  private readonly stories = h('ul', { class: 'views-list', 'data-testid': 'stories-list' });
  private loaded = false;
  /** Ticked views in the order they were ticked: the story's order. */
  private picked: { id: string; note: string }[] = [];

  constructor(
    root: HTMLElement,
    private readonly deps: ViewsPanelDeps,
  ) {
    this.name.placeholder = t('views.namePlaceholder');
    this.notes.placeholder = t('views.notesPlaceholder');
    this.storyName.placeholder = t('stories.namePlaceholder');
    root.append(
      h('h3', {}, t('views.saveTitle')),
      h('label', { class: 'field' }, t('views.name'), this.name),
      h('label', { class: 'field' }, t('views.notes'), this.notes),
      h(
        'div',
        { class: 'button-row' },
        h(
          'button',
          { type: 'button', 'data-testid': 'view-save', onclick: () => void this.save(false) },
          t('views.save'),
        ),
        h(
          'button',
          { type: 'button', 'data-testid': 'view-share', onclick: () => void this.save(true) },
          t('views.share'),
        ),
      ),
      this.link,
      h('h3', {}, t('views.savedTitle')),
      this.list,
      h('h3', {}, t('stories.title')),
      h('p', { class: 'hint' }, t('stories.hint')),
      h('label', { class: 'field' }, t('stories.name'), this.storyName),
      h(
        'button',
        { type: 'button', 'data-testid': 'story-create', onclick: () => void this.makeStory() },
        t('stories.create'),
      ),
      this.stories,
    );
  }

  /** Loads the lists the first time the tab is shown (and after each change). */
  async render(force = false): Promise<void> {
    if (this.loaded && !force) return;
    this.loaded = true;
    const [{ views }, { stories }] = await Promise.all([this.deps.views.list(), this.deps.views.stories()]);
    clear(this.list);
    if (views.length === 0) this.list.append(h('li', { class: 'hint' }, t('views.none')));
    for (const view of views) this.list.append(this.viewItem(view));
    clear(this.stories);
    for (const story of stories) {
      this.stories.append(
        h(
          'li',
          { 'data-story-id': story.id },
          h('span', { class: 'view-title' }, story.name),
          h('span', { class: 'hint' }, plural('stories.steps', story.stepCount)),
          h(
            'button',
            {
              type: 'button',
              'data-testid': 'story-play',
              onclick: () => void attempt(() => this.deps.play(story.id), t('stories.failed')),
            },
            t('stories.play'),
          ),
          h(
            'button',
            { type: 'button', 'data-testid': 'story-delete', onclick: () => void this.removeStory(story.id) },
            t('views.delete'),
          ),
        ),
      );
    }
  }

  private viewItem(view: SavedViewSummary): HTMLElement {
    return h(
      'li',
      { 'data-view-id': view.id },
      h('input', {
        type: 'checkbox',
        'data-testid': 'view-pick',
        'aria-label': t('stories.pick', { name: view.name }),
        checked: this.picked.some((step) => step.id === view.id),
        onchange: (event: Event) => {
          this.picked = this.picked.filter((step) => step.id !== view.id);
          if ((event.target as HTMLInputElement).checked) this.picked.push({ id: view.id, note: view.notes });
        },
      }),
      h('span', { class: 'view-title', title: view.notes }, view.name),
      h('span', { class: 'hint' }, plural('views.nodes', view.nodeCount)),
      h(
        'button',
        { type: 'button', 'data-testid': 'view-open', onclick: () => void this.openSaved(view.id) },
        t('views.open'),
      ),
      h(
        'button',
        { type: 'button', 'data-testid': 'view-copy', onclick: () => this.showLink(view.id) },
        t('views.copyLink'),
      ),
      h(
        'button',
        { type: 'button', 'data-testid': 'view-delete', onclick: () => void this.removeView(view.id) },
        t('views.delete'),
      ),
    );
  }

  private async save(share: boolean): Promise<void> {
    await attempt(async () => {
      const name = this.name.value.trim() || t('views.defaultName', { when: new Date().toLocaleString() });
      const saved = await this.deps.views.create({
        name,
        notes: this.notes.value,
        state: this.deps.capture(),
      });
      setStatus(t('views.saved', { name: saved.name }));
      if (share) this.showLink(saved.id);
      await this.render(true);
    }, t('views.saveFailed'));
  }

  private showLink(id: string): void {
    this.link.value = viewLink(id);
    this.link.hidden = false;
    this.link.select();
    // The clipboard may be refused (no permission, not a secure context): the link stays shown.
    void navigator.clipboard?.writeText(this.link.value).then(
      () => setStatus(t('views.linkCopied')),
      () => undefined,
    );
  }

  private async openSaved(id: string): Promise<void> {
    await attempt(async () => {
      const view = await this.deps.views.get(id);
      await this.deps.open(view.state, view.id);
      setStatus(t('views.opened', { name: view.name }));
    }, t('views.openFailed'));
  }

  private async removeView(id: string): Promise<void> {
    await attempt(async () => {
      await this.deps.views.remove(id);
      await this.render(true);
    }, t('views.deleteFailed'));
  }

  private async removeStory(id: string): Promise<void> {
    await attempt(async () => {
      await this.deps.views.removeStory(id);
      await this.render(true);
    }, t('views.deleteFailed'));
  }

  /** A story of the ticked views, in the order they were ticked; each step's note is its view's notes. */
  private async makeStory(): Promise<void> {
    await attempt(async () => {
      if (this.picked.length === 0) throw new Error(t('stories.pickFirst'));
      const steps = this.picked.map((step) => ({ viewId: step.id, note: step.note }));
      const name = this.storyName.value.trim() || t('stories.defaultName');
      await this.deps.views.createStory({ name, steps });
      this.picked = [];
      await this.render(true);
    }, t('stories.failed'));
  }
}
