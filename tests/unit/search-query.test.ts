import { describe, expect, it } from 'vitest';
import { foldedWords, foldName, foldPhrase } from '../../seed/model/name-folding.ts';
import { fuzzyDistance, relevanceTier, toLuceneQuery } from '../../server/search/search-service.ts';

describe('name folding (seed/model/name-folding.ts)', () => {
  // One table for the rule the server's query, its ranking and the client's ordering share.
  it.each([
    ['Bourgogne-Franche-Comté', ['bourgogne', 'franche', 'comte']],
    ['Jean-Michel', ['jean', 'michel']],
    ['Marie-Guite Dufay', ['marie', 'guite', 'dufay']],
    ['Pyrénées-Méditerranée', ['pyrenees', 'mediterranee']],
    ['Dijon Metropolis', ['dijon', 'metropolis']],
    ['Dijon métropole – NARO – Vitagora', ['dijon', 'metropole', 'naro', 'vitagora']],
    ['l’Agence de développement économique', ['l', 'agence', 'de', 'developpement', 'economique']],
    ["d'Occitanie", ['d', 'occitanie']],
    ['TIGA « Alimentation durable »', ['tiga', 'alimentation', 'durable']],
    ['ProDij.', ['prodij']],
    ['naro) OR name:*', ['naro', 'or', 'name']],
    ['*** () ~ ^', []],
    ['  ', []],
  ])('%s → %j', (text, words) => {
    expect(foldedWords(text)).toEqual(words);
  });

  it('folds case and accents and keeps everything else', () => {
    expect(foldName('Économique')).toBe('economique');
    expect(foldName('Préfecture de Kumamoto')).toBe('prefecture de kumamoto');
    expect(foldPhrase('Bourgogne-Franche-Comté')).toBe('bourgogne franche comte');
  });
});

describe('toLuceneQuery', () => {
  it('matches each word exactly, as a prefix, and within a few edits when it is long enough', () => {
    expect(toLuceneQuery('Dijon Métro')).toBe(
      '(dijon^3 OR dijon* OR dijon~1^0.5) AND (metro^3 OR metro* OR metro~1^0.5)',
    );
    expect(toLuceneQuery('naro')).toBe('(naro^3 OR naro*)');
    expect(toLuceneQuery('Metropolis')).toBe('(metropolis^3 OR metropolis* OR metropolis~2^0.5)');
  });

  it.each([
    ['Bourgogne-Franche-Comté', ['bourgogne', 'franche', 'comte']],
    ['Jean-Michel', ['jean', 'michel']],
    ['Marie-Guite', ['marie', 'guite']],
    ['Pyrénées-Méditerranée', ['pyrenees', 'mediterranee']],
  ])('splits "%s" at its hyphens into words that are all required', (text, words) => {
    const query = toLuceneQuery(text);
    expect(query.split(' AND ')).toHaveLength(words.length);
    for (const word of words) expect(query).toContain(`(${word}^3 OR ${word}*`);
  });

  it('never passes Lucene syntax from user text', () => {
    expect(toLuceneQuery('naro) OR name:*')).toBe('(naro^3 OR naro*) AND (name^3 OR name*)');
    expect(toLuceneQuery('*** ()')).toBe('');
    expect(toLuceneQuery('a~2 b^9')).not.toMatch(/~2 |\^9/);
  });

  it('leaves out the English stop words the index does not hold, unless they are all there is', () => {
    expect(toLuceneQuery('Agriculture and Food')).toBe(
      '(agriculture^3 OR agriculture* OR agriculture~2^0.5) AND (food^3 OR food*)',
    );
    expect(toLuceneQuery('the')).toBe('(the^3 OR the*)');
  });

  it('splits on apostrophes so "l’Agence" finds "agence"', () => {
    expect(toLuceneQuery('l’Agence')).toBe('(l^3 OR l*) AND (agence^3 OR agence* OR agence~1^0.5)');
  });

  it.each([
    ['naro', 0],
    ['kyoto', 1],
    ['fermantation', 2],
    ['metropolis', 2],
  ] as const)('allows "%s" %i edits', (term, distance) => {
    expect(fuzzyDistance(term)).toBe(distance);
  });
});

describe('relevanceTier', () => {
  it('ranks a name equal to the query, hyphens and accents aside, above one that starts with it', () => {
    const region = { name: 'Région Bourgogne-Franche-Comté', aliases: ['Bourgogne-Franche-Comté'] };
    expect(relevanceTier(region, 'bourgogne franche comte')).toBe(2);
    expect(relevanceTier(region, 'Bourgogne-Franche')).toBe(1);
    expect(relevanceTier(region, 'Comté')).toBe(0);
  });
});

describe('the quote indexes (cypher/schema-setup)', () => {
  it('cover every relationship type of the import format', async () => {
    const { readFileSync } = await import('node:fs');
    const { RELATIONSHIP_TYPES } = await import('../../seed/dataset-schema.ts');
    const text = readFileSync('cypher/schema-setup/102-fulltext-relationship-quotes.cypher', 'utf8');
    const listed = /\[r:([A-Z_|]+)\]/.exec(text)?.[1]?.split('|') ?? [];
    expect(listed.length).toBeGreaterThan(0);
    expect([...listed].sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });
});
