// No input makes the API answer 5xx: every endpoint meets odd parameters with a 2xx or a 4xx
// problem+json, never a stack trace or an empty body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const ODD_VALUES = [
  '',
  ' ',
  '%00',
  encodeURIComponent('\u0000\u202e'),
  encodeURIComponent('💥'.repeat(50)),
  'x'.repeat(5000),
  '-1',
  '1e309',
  'NaN',
  encodeURIComponent("'); MATCH (n) DETACH DELETE n //"),
  encodeURIComponent('\u0024{1+1}'),
  '[object Object]',
];
const ENDPOINTS: [string, string[]][] = [
  ['/api/search', ['q', 'labels', 'limit']],
  ['/api/nodes/vitagora/neighbours', ['types', 'labels', 'direction', 'limit', 'skip', 'groupAbove']],
  ['/api/partnerships', ['ids', 'topics', 'since', 'until', 'includeUndated']],
  ['/api/common-partners', ['ids', 'since']],
  ['/api/paths', ['from', 'to', 'mode', 'k', 'maxHops', 'types', 'avoid', 'since']],
  ['/api/timeline', ['ids', 'since', 'until', 'limit']],
];

describe('every GET endpoint', () => {
  it.each(ENDPOINTS)(
    '%s answers odd parameters with 2xx or a 4xx problem, never 5xx',
    async (endpoint, params) => {
      for (const param of params) {
        for (const value of ODD_VALUES) {
          const base =
            endpoint === '/api/paths'
              ? 'from=vitagora&to=naro&'
              : endpoint === '/api/search'
                ? 'q=dijon&'
                : '';
          const response = await app.get(`${endpoint}?${base}${param}=${value}&${param}=${value}`);
          expect(response.status, `${endpoint} ${param}=${value.slice(0, 40)}`).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.contentType).toContain('application/problem+json');
            expect(response.body.detail).toBeTruthy();
          }
        }
      }
    },
    120_000,
  );

  it.each(['/api/nodes/', '/api/sources/'])(
    '%s:id answers 404 or 400 for odd ids, never 5xx',
    async (endpoint) => {
      // A blank id would be a different URL (the list), so only non-blank values here.
      for (const value of ODD_VALUES.filter((v) => v.trim())) {
        const response = await app.get(`${endpoint}${value}`);
        expect(response.status, value.slice(0, 40)).toBeGreaterThanOrEqual(400);
        expect(response.status, value.slice(0, 40)).toBeLessThan(500);
      }
    },
  );
});
