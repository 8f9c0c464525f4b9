import { describe, expect, it } from 'vitest';
import { foldTerm, toLuceneQuery } from '../../server/search/search-service.ts';

describe('toLuceneQuery', () => {
  it('folds accents and case, and matches each word exactly or as a prefix', () => {
    expect(toLuceneQuery('Dijon Métro')).toBe('(dijon^3 OR dijon*) AND (metro^3 OR metro*)');
  });

  it('drops Lucene syntax from user text', () => {
    expect(toLuceneQuery('naro) OR name:*')).toBe(
      '(naro^3 OR naro*) AND (or^3 OR or*) AND (name^3 OR name*)',
    );
    expect(toLuceneQuery('*** ()')).toBe('');
  });

  it('splits on apostrophes so "l’Agence" finds "agence"', () => {
    expect(foldTerm('Économique')).toBe('economique');
    expect(toLuceneQuery('l’Agence')).toBe('(l^3 OR l*) AND (agence^3 OR agence*)');
  });
});
