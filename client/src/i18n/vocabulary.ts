// Names of the domain vocabulary in the UI language: one table per language (vocabulary.en.ts,
// vocabulary.fr.ts), used everywhere a label, kind, status, relationship type or property key is
// shown. A value missing from the tables (an analyst's import may bring new kinds) is shown
// readably: dashes and underscores become spaces, in lower case.
import { type Language, language } from './i18n.ts';
import { type Vocabulary, vocabularyEn } from './vocabulary.en.ts';
import { vocabularyFr } from './vocabulary.fr.ts';

export type { Vocabulary };
export const VOCABULARIES: Record<Language, Vocabulary> = { en: vocabularyEn, fr: vocabularyFr };

type Section = keyof Vocabulary;

/** "signing-ceremony" → "signing ceremony", "SPUN_OFF_FROM" → "spun off from". */
export function readable(value: string): string {
  return value
    .replace(/[-_]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

function nameIn(section: Section, value: string, fallback: (value: string) => string): string {
  const table = VOCABULARIES[language()][section] as Record<string, string>;
  return table[value] ?? fallback(value);
}

export const labelName = (label: string): string => nameIn('labels', label, (value) => value);
export const kindName = (kind: string): string => nameIn('kinds', kind, readable);
export const statusName = (status: string): string => nameIn('statuses', status, readable);
export const relationshipName = (type: string): string => nameIn('relationships', type, readable);
export const propertyName = (key: string): string => nameIn('properties', key, readable);

/** "Organisation · competitiveness cluster": the label, and the kind when there is one. */
export function labelAndKind(label: string, kind: string | null): string {
  return kind ? `${labelName(label)} · ${kindName(kind)}` : labelName(label);
}
