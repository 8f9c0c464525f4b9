// The drafting rules on their own: the fold that makes a name and its mention meet, the automaton's
// mentions with their offsets, sentences around abbreviations, dates and statuses read from the text.
import { describe, expect, it } from 'vitest';
import { NameMatcher } from '../../server/drafts/name-matcher.ts';
import { splitSentences } from '../../server/drafts/sentences.ts';
import { agreementStatusOf, eventStatusOf } from '../../server/drafts/status-reading.ts';
import { findDates, proposePublished } from '../../server/drafts/text-dates.ts';
import { foldName, foldWithOffsets } from '../../server/drafts/text-fold.ts';
import { plainTextOf } from '../../server/drafts/text-intake.ts';

describe('folding names', () => {
  it.each([
    ['Bourgogne-Franche-Comté', 'bourgogne franche comte'],
    ['bourgogne franche comte', 'bourgogne franche comte'],
    ["l'AER BFC", 'l aer bfc'],
    ['l’Université de Kumamoto', 'l universite de kumamoto'],
    ['  ÉCOLE  des Mines d’Alès. ', 'ecole des mines d ales'],
  ])('%s → %s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  it('maps every folded character back to the original text', () => {
    const text = 'Région Bourgogne–Franche-Comté';
    const { folded, origin } = foldWithOffsets(text);
    expect(folded).toBe('region bourgogne franche comte');
    expect(text[origin[folded.indexOf('franche')] as number]).toBe('F');
  });
});

describe('matching known actors', () => {
  const matcher = new NameMatcher([
    { id: 'aer-bfc', label: 'Organisation', name: 'AER BFC', names: ['Agence économique régionale'] },
    { id: 'naro', label: 'Organisation', name: 'NARO', names: ['la NARO', 'le NARO'] },
    { id: 'region-bfc', label: 'Organisation', name: 'Région Bourgogne-Franche-Comté', names: ['la Région'] },
    { id: 'place-bfc', label: 'Place', name: 'Bourgogne-Franche-Comté', names: [] },
    { id: 'kumamoto-prefecture', label: 'Organisation', name: 'Préfecture de Kumamoto', names: ['Kumamoto'] },
    { id: 'place-kumamoto', label: 'Place', name: 'Kumamoto', names: [] },
  ]);
  const found = (text: string) => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.actor.id]);

  it('finds names through elisions, case, accents and hyphens, at their offsets in the original', () => {
    expect(found("Avec l'AER BFC et les chercheurs du NARO.")).toEqual([
      ['AER BFC', 'aer-bfc'],
      ['NARO', 'naro'],
    ]);
    expect(found('la region bourgogne franche comte et la Bourgogne-Franche-Comté')).toEqual([
      ['region bourgogne franche comte', 'region-bfc'],
      ['Bourgogne-Franche-Comté', 'place-bfc'],
    ]);
  });

  it('prefers the longest name, ignores a generic alias, and reads "à Kumamoto" as the place', () => {
    expect(found('La région a parlé.')).toEqual([]);
    expect(found('La préfecture de Kumamoto invite à Kumamoto.')).toEqual([
      ['préfecture de Kumamoto', 'kumamoto-prefecture'],
      ['Kumamoto', 'place-kumamoto'],
    ]);
    expect(found('Kumamoto et Dijon')).toEqual([['Kumamoto', 'kumamoto-prefecture']]);
  });

  it('does not match inside words', () => {
    expect(found('NAROISE et SNARO')).toEqual([]);
  });

  // Building the automaton of 100,000 names takes seconds (once per import); finding is what must be fast.
  it('stays fast with 100,000 names', () => {
    const actors = Array.from({ length: 100_000 }, (_, i) => ({
      id: `org-${i}`,
      label: 'Organisation',
      name: `Organisation Numéro ${i} de Test`,
      names: [`ONT${i}`],
    }));
    const big = new NameMatcher(actors);
    const text = `${'Une phrase sans nom connu, sur la coopération. '.repeat(200)} L'ONT4242 et Organisation numero 99999 de test.`;
    const started = performance.now();
    const mentions = big.find(text);
    expect(performance.now() - started).toBeLessThan(500);
    expect(mentions.map((m) => m.actor.id)).toEqual(['org-4242', 'org-99999']);
  }, 120_000);
});

describe('sentences', () => {
  it('keeps French and English abbreviations inside their sentence, with offsets', () => {
    const text =
      'M. Jean Dupont et le Dr Martin sont venus. Mme Durand a signé. Le 12 avr. 2025, la S.A. Lumière a ouvert.\nTitre sans point\nFin.';
    const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      'M. Jean Dupont et le Dr Martin sont venus.',
      'Mme Durand a signé.',
      'Le 12 avr. 2025, la S.A. Lumière a ouvert.',
      'Titre sans point',
      'Fin.',
    ]);
  });
});

describe('dates', () => {
  it.each([
    ['du 12 au 19 avril 2025', '2025-04-12', '2025-04-19'],
    ['from 12 to 19 April 2025', '2025-04-12', '2025-04-19'],
    ['du 28 mars au 2 avril 2025', '2025-03-28', '2025-04-02'],
    ['April 12-19, 2025', '2025-04-12', '2025-04-19'],
    ['le 1er octobre 2023', '2023-10-01', undefined],
    ['on March 3, 2024', '2024-03-03', undefined],
    ['le 14 février 2025', '2025-02-14', undefined],
    ['en septembre 2025', '2025-09', undefined],
    ['depuis 2019', '2019', undefined],
    ['le 05/11/2024', '2024-11-05', undefined],
    ['2025-06-30', '2025-06-30', undefined],
  ])('%s', (text, iso, endIso) => {
    const [date] = findDates(text);
    expect(date?.iso).toBe(iso);
    expect(date?.endIso).toBe(endIso);
  });

  it('finds no date in numbers that are not dates', () => {
    expect(findDates('23 communes et 1 500 emplois, 12 au total')).toEqual([]);
  });

  it('proposes the publication date the article prints, never a date of its body', () => {
    expect(proposePublished('Titre\nPublié le 22 avril 2025\n\nLe 14 avril 2025, ...')).toBe('2025-04-22');
    expect(proposePublished('Titre\nPublished on March 3, 2024\nText')).toBe('2024-03-03');
    expect(proposePublished(`Titre\n\n${'Texte. '.repeat(60)} Le 14 avril 2025, un accord.`)).toBeUndefined();
  });
});

describe('statuses read from verbs and tense', () => {
  it.each([
    ['La Région et la préfecture ont signé un accord.', 'signed'],
    ['La métropole a signé un protocole d’entente.', 'signed'],
    ['Un accord signé en 2023 lie les deux villes.', 'signed'],
    ['Les deux régions signeront un protocole d’entente en septembre.', 'announced'],
    ['La Région va signer une convention.', 'announced'],
    ['Un accord doit être signé prochainement.', 'announced'],
    ['The two cities will sign an agreement.', 'announced'],
    ['The agreement was signed in Osaka.', 'signed'],
    ['Le jumelage a été renouvelé en 2024.', 'renewed'],
    ['L’accord a pris fin en 2020.', 'ended'],
  ])('%s → %s', (sentence, status) => {
    expect(agreementStatusOf(sentence)).toBe(status);
  });

  it.each([
    ['Une délégation s’est rendue à Kumamoto.', 'held'],
    ['Une délégation se rendra à Osaka en avril.', 'planned'],
    ['La mission prévue en mai a été annulée.', 'cancelled'],
    ['The delegation will visit Nagoya.', 'planned'],
  ])('%s → %s', (sentence, status) => {
    expect(eventStatusOf(sentence)).toBe(status);
  });
});

describe('text intake', () => {
  it('reduces HTML to its text, scripts, styles and link targets dropped, headings in their case', () => {
    const html =
      '<h1>Un Titre</h1><script>x()</script><style>p{}</style><p>Voir <a href="https://x.example">le site</a>.</p>';
    expect(plainTextOf(html, 'html')).toBe('Un Titre\n\nVoir le site.');
  });

  it('keeps Markdown as written, line endings normalised', () => {
    expect(plainTextOf('# Titre\r\n\r\n**Gras**  \r\n', 'markdown')).toBe('# Titre\n\n**Gras**');
  });
});
