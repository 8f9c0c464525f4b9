import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../client/src/i18n/messages.en.ts';
import { fr } from '../../client/src/i18n/messages.fr.ts';
import { vocabularyEn } from '../../client/src/i18n/vocabulary.en.ts';
import { vocabularyFr } from '../../client/src/i18n/vocabulary.fr.ts';
import { readable } from '../../client/src/i18n/vocabulary.ts';
import { workbenchMessages } from '../../client/src/workbench/messages.ts';
import { CURATED_DATA_DIR } from '../../seed/curated-data.ts';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../seed/dataset-schema.ts';
import { ALL_STATUSES } from '../../seed/model/statuses.ts';

interface CuratedRecord {
  kind?: string;
  props?: Record<string, unknown>;
}

function curated(): { kinds: Set<string>; keys: Set<string> } {
  const kinds = new Set<string>();
  const keys = new Set<string>();
  for (const file of readdirSync(CURATED_DATA_DIR).filter((name) => name.endsWith('.json'))) {
    const document = JSON.parse(readFileSync(path.join(CURATED_DATA_DIR, file), 'utf8')) as {
      nodes?: CuratedRecord[];
      relationships?: CuratedRecord[];
    };
    for (const record of [...(document.nodes ?? []), ...(document.relationships ?? [])]) {
      if (record.kind) kinds.add(record.kind);
      for (const key of Object.keys(record.props ?? {})) keys.add(key);
    }
  }
  return { kinds, keys };
}

const both = (section: keyof typeof vocabularyEn, value: string) => {
  const en = (vocabularyEn[section] as Record<string, string>)[value];
  const fr = (vocabularyFr[section] as Record<string, string>)[value];
  return { value, en: typeof en === 'string' && en.length > 0, fr: typeof fr === 'string' && fr.length > 0 };
};

describe('domain vocabulary', () => {
  const { kinds, keys } = curated();

  it('names every node label of the allow-list in English and French', () => {
    expect(NODE_LABELS.length).toBeGreaterThan(0);
    for (const label of NODE_LABELS)
      expect(both('labels', label)).toEqual({ value: label, en: true, fr: true });
  });

  it('names every relationship type of the allow-list in English and French', () => {
    expect(RELATIONSHIP_TYPES.length).toBeGreaterThan(10);
    for (const type of RELATIONSHIP_TYPES)
      expect(both('relationships', type)).toEqual({ value: type, en: true, fr: true });
  });

  it('names every status in English and French', () => {
    expect(ALL_STATUSES.length).toBeGreaterThan(0);
    for (const status of ALL_STATUSES)
      expect(both('statuses', status)).toEqual({ value: status, en: true, fr: true });
  });

  it('names every kind and property key of the curated dataset in English and French', () => {
    expect(kinds.size).toBeGreaterThan(20);
    expect(keys.size).toBeGreaterThan(20);
    for (const kind of kinds) expect(both('kinds', kind)).toEqual({ value: kind, en: true, fr: true });
    for (const key of keys) expect(both('properties', key)).toEqual({ value: key, en: true, fr: true });
  });

  it('has the same entries in both languages, and French names that are translations, not copies of the keys', () => {
    for (const section of Object.keys(vocabularyEn) as (keyof typeof vocabularyEn)[]) {
      expect(Object.keys(vocabularyFr[section]).sort()).toEqual(Object.keys(vocabularyEn[section]).sort());
    }
    expect(vocabularyFr.kinds['competitiveness-cluster']).toBe('pôle de compétitivité');
    expect(vocabularyFr.relationships.COOPERATES_WITH).toBe('coopère avec');
  });

  it('shows a value missing from the tables readably', () => {
    expect(readable('signing-ceremony')).toBe('signing ceremony');
    expect(readable('SPUN_OFF_FROM')).toBe('spun off from');
    expect(readable('usMilkSharePercent')).toBe('us milk share percent');
  });
});

describe('plurals in the messages', () => {
  const catalogues = { en: { ...workbenchMessages.en, ...en }, fr: { ...workbenchMessages.fr, ...fr } };

  it('never writes "(s)": counted words have a .one and an .other form in both languages', () => {
    for (const [language, messages] of Object.entries(catalogues)) {
      const entries = Object.entries(messages as Record<string, string>);
      expect(entries.length).toBeGreaterThan(100);
      for (const [key, message] of entries)
        expect({ language, key, ok: !/\(s\)/.test(message) }).toEqual({ language, key, ok: true });
      for (const [key] of entries.filter(([name]) => name.endsWith('.one'))) {
        const other = key.replace(/\.one$/, '.other');
        expect({ language, key: other, present: other in messages }).toEqual({
          language,
          key: other,
          present: true,
        });
      }
    }
  });

  it('has one/other forms for hops in French', () => {
    expect(fr['menu.focusHops.one']).toBe('{count} saut autour');
    expect(fr['menu.focusHops.other']).toBe('{count} sauts autour');
    expect(fr['paths.hops.one']).toBe('{count} saut');
  });
});
