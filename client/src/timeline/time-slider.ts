// The date window: two year sliders over the data's span and a play button that grows the window
// one year at a time, so the network can be watched as it formed.
import type { YearWindow } from '../graph/date-filter.ts';
import { t } from '../i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { icon } from '../ui/icons.ts';

const STEP_MS = 900;

export class TimeSlider {
  readonly element: HTMLElement;
  private min = 2010;
  private max = 2025;
  private readonly sinceInput: HTMLInputElement;
  private readonly untilInput: HTMLInputElement;
  private readonly output: HTMLOutputElement;
  private readonly playButton: HTMLButtonElement;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** The window asked for (URL, slider), re-applied when the data's span becomes known. */
  private requested: YearWindow | null = null;

  constructor(private readonly onChange: (window: YearWindow | null) => void) {
    const range = (testId: string, labelKey: string) =>
      h('input', {
        type: 'range',
        min: this.min,
        max: this.max,
        step: 1,
        'data-testid': testId,
        'data-i18n-aria-label': labelKey,
        'aria-label': t(labelKey),
      });
    this.sinceInput = range('time-since', 'time.since');
    this.untilInput = range('time-until', 'time.until');
    this.sinceInput.value = String(this.min);
    this.untilInput.value = String(this.max);
    this.output = h('output', { class: 'time-output', 'data-testid': 'time-output' });
    this.playButton = h('button', { type: 'button', class: 'icon', 'data-testid': 'time-play' });
    this.showPlaying(false);
    const reset = h(
      'button',
      { type: 'button', class: 'small', 'data-testid': 'time-reset', 'data-i18n': 'time.reset' },
      t('time.reset'),
    );
    this.element = h(
      'div',
      {
        class: 'time-slider',
        'data-testid': 'time-slider',
        role: 'group',
        'data-i18n-aria-label': 'time.label',
        'aria-label': t('time.label'),
      },
      h('span', { class: 'time-label', 'data-i18n': 'time.label' }, t('time.label')),
      this.playButton,
      h('div', { class: 'time-ranges' }, this.sinceInput, this.untilInput),
      this.output,
      reset,
    );
    this.sinceInput.addEventListener('input', () => this.moved('since'));
    this.untilInput.addEventListener('input', () => this.moved('until'));
    this.playButton.addEventListener('click', () => (this.timer ? this.stop() : this.play()));
    reset.addEventListener('click', () => {
      this.stop();
      this.set(null);
    });
    this.renderOutput();
  }

  /** The data's span of years, from the timeline endpoint. */
  setBounds(min: number, max: number): void {
    this.min = min;
    this.max = Math.max(max, min);
    for (const input of [this.sinceInput, this.untilInput]) {
      input.min = String(this.min);
      input.max = String(this.max);
    }
    this.set(this.requested);
  }

  window(): YearWindow | null {
    const since = Number(this.sinceInput.value);
    const until = Number(this.untilInput.value);
    return since <= this.min && until >= this.max ? null : { since, until };
  }

  set(window: YearWindow | null, notify = true): void {
    this.requested = window;
    this.sinceInput.value = String(window ? Math.max(this.min, window.since) : this.min);
    this.untilInput.value = String(window ? Math.min(this.max, window.until) : this.max);
    this.renderOutput();
    if (notify) this.onChange(this.window());
  }

  private moved(which: 'since' | 'until'): void {
    const since = Number(this.sinceInput.value);
    const until = Number(this.untilInput.value);
    if (since > until) {
      if (which === 'since') this.untilInput.value = String(since);
      else this.sinceInput.value = String(until);
    }
    this.requested = this.window();
    this.renderOutput();
    this.onChange(this.requested);
  }

  private renderOutput(): void {
    this.output.textContent = `${this.sinceInput.value} – ${this.untilInput.value}`;
  }

  play(): void {
    this.stop();
    this.set({ since: this.min, until: this.min });
    this.showPlaying(true);
    this.timer = setInterval(() => {
      const until = Number(this.untilInput.value) + 1;
      if (until > this.max) {
        this.stop();
        return;
      }
      this.set({ since: this.min, until });
    }, STEP_MS);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.showPlaying(false);
  }

  /** The button shows what a press does next: pause while playing, play otherwise. */
  private showPlaying(playing: boolean): void {
    const key = playing ? 'time.pause' : 'time.play';
    const button = this.playButton;
    button.replaceChildren(icon(playing ? 'pause' : 'play'));
    button.setAttribute('aria-pressed', String(playing));
    // Kept in the data-i18n attributes so a language switch while playing keeps the right name.
    button.dataset.i18nTitle = key;
    button.dataset.i18nAriaLabel = key;
    button.title = t(key);
    button.setAttribute('aria-label', t(key));
  }
}
