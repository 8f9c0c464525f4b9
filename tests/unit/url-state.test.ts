import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { UrlState } from '../../client/src/state/url-state.ts';

// url-state reads the page's path; the unit project has no DOM.
beforeAll(() => {
  vi.stubGlobal('window', { location: { pathname: '/', search: '' } });
});

const base: UrlState = {
  nodes: [],
  mode: 'full',
  layout: 'fcose',
  lang: null,
  since: null,
  until: null,
  panel: null,
  cypher: null,
  view: null,
  story: null,
  overview: null,
};

describe('URL state › the partnership overview', () => {
  const cases: [search: string, overview: UrlState['overview']][] = [
    ['?overview=country', { groupBy: 'country', key: null }],
    ['?overview=country:fr', { groupBy: 'country', key: 'fr' }],
    ['?overview=kind:regional-council', { groupBy: 'kind', key: 'regional-council' }],
    ['?overview=country%3Aunknown', { groupBy: 'country', key: 'unknown' }],
    ['?overview=region:fr', null],
    ['?overview=', null],
  ];
  it.each(cases)('%s reads as %j', async (search, overview) => {
    const { readUrlState } = await import('../../client/src/state/url-state.ts');
    expect(readUrlState(search).overview).toEqual(overview);
  });

  it('a drill-down is written by its group, without the nodes it shows, and reads back the same', async () => {
    const { readUrlState, urlFor } = await import('../../client/src/state/url-state.ts');
    const state: UrlState = {
      ...base,
      nodes: ['a', 'b'],
      mode: 'partners',
      lang: 'fr',
      overview: { groupBy: 'country', key: 'fr' },
    };
    const url = urlFor(state);
    expect(url).toBe('/?overview=country:fr&lang=fr');
    expect(readUrlState(url.slice(1)).overview).toEqual(state.overview);
  });

  it('without an overview the nodes and mode are written as before', async () => {
    const { urlFor } = await import('../../client/src/state/url-state.ts');
    expect(urlFor({ ...base, nodes: ['a', 'b'], mode: 'partners' })).toBe('/?nodes=a,b&mode=partners');
  });
});
