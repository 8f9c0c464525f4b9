// The UI language: messages by key, chosen from the URL, else navigator.language; switchable live.
// `t` accepts any string key (the workbench adds its own `workbench.*` keys) and falls back to
// English, then to the key itself, so a missing message shows up as its key rather than nothing.

import { importsMessages } from '../imports/messages.ts';
import { reviewMessages } from '../review/messages.ts';
import { workbenchMessages } from '../workbench/messages.ts';
import { en, type MessageKey } from './messages.en.ts';
import { fr } from './messages.fr.ts';
import { type Vocabulary, vocabularyEn } from './vocabulary.en.ts';
import { vocabularyFr } from './vocabulary.fr.ts';

export type Language = 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

/** `label.<Label>` and `factStatus.<status>` from the vocabulary tables, for data-i18n attributes. */
function vocabularyMessages(vocabulary: Vocabulary): Record<string, string> {
  const prefixed = (prefix: string, table: Record<string, string>) =>
    Object.entries(table).map(([key, value]) => [`${prefix}.${key}`, value] as const);
  return Object.fromEntries([
    ...prefixed('label', vocabulary.labels),
    ...prefixed('factStatus', vocabulary.statuses),
  ]);
}

// The workbench keeps its FR/EN messages in its own folder; one catalogue per language here.
const catalogues: Record<Language, Record<string, string>> = {
  en: {
    ...workbenchMessages.en,
    ...importsMessages.en,
    ...reviewMessages.en,
    ...vocabularyMessages(vocabularyEn),
    ...en,
  },
  fr: {
    ...workbenchMessages.fr,
    ...importsMessages.fr,
    ...reviewMessages.fr,
    ...vocabularyMessages(vocabularyFr),
    ...fr,
  },
};
let current: Language = 'en';
const listeners = new Set<(language: Language) => void>();

export function detectLanguage(fromUrl: string | null): Language {
  if (fromUrl === 'fr' || fromUrl === 'en') return fromUrl;
  const preferred = (navigator.languages?.[0] ?? navigator.language ?? 'en').toLowerCase();
  return preferred.startsWith('fr') ? 'fr' : 'en';
}

export function language(): Language {
  return current;
}

export function setLanguage(next: Language): void {
  if (next === current && document.documentElement.lang === next) return;
  current = next;
  document.documentElement.lang = next;
  applyTranslations(document.body);
  for (const listener of listeners) listener(next);
}

export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function t(key: MessageKey | (string & {}), params: Record<string, string | number> = {}): string {
  const template = catalogues[current][key] ?? catalogues.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** "1 organisation" / "40 organisations": keys `<base>.one` and `<base>.other`. */
export function plural(base: string, count: number, params: Record<string, string | number> = {}): string {
  return t(`${base}.${count === 1 ? 'one' : 'other'}`, { count, ...params });
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(current).format(value);
}

const ATTRIBUTES = [
  ['i18n', null],
  ['i18nTitle', 'title'],
  ['i18nPlaceholder', 'placeholder'],
  ['i18nAriaLabel', 'aria-label'],
] as const;

/** Fills `data-i18n`, `data-i18n-title`, `data-i18n-placeholder` and `data-i18n-aria-label`. */
export function applyTranslations(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>(
    '[data-i18n],[data-i18n-title],[data-i18n-placeholder],[data-i18n-aria-label]',
  )) {
    for (const [dataKey, attribute] of ATTRIBUTES) {
      const key = element.dataset[dataKey];
      if (!key) continue;
      if (attribute === null) element.textContent = t(key);
      else element.setAttribute(attribute, t(key));
    }
  }
}
