// /api/views and /api/stories: named views and stories stored in the real database, over HTTP.
// Each test makes its own views (unique names) and deletes what it made.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_VIEW_NODES, type ViewState } from '../../server/contract/views.ts';
import { contractViolation } from '../support/openapi-contract.ts';
import { startTestApp, type TestApp, type TestResponse, testConfig } from '../support/test-app.ts';
import { testDriver } from '../support/test-database.ts';

const ALICE = 'alice-views-token-0123456789';
const BOB = 'bob-views-token-0123456789ab';
const run = randomUUID().slice(0, 8);
const driver = testDriver();
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ config: testConfig({ WRITE_TOKENS: `alice:${ALICE},bob:${BOB}` }) });
}, 180_000);
afterAll(async () => {
  await driver.executeQuery(
    'MATCH (x) WHERE (x:SavedView OR x:Story) AND x.name STARTS WITH $run DETACH DELETE x',
    {
      run,
    },
  );
  await app.close();
  await driver.close();
});

/** Any method, its answer held to the OpenAPI document like `app.get`/`app.post`. */
async function send(method: string, path: string, body?: unknown, token?: string): Promise<TestResponse> {
  const response = await fetch(`${app.baseUrl}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  const answer = {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: text ? JSON.parse(text) : undefined,
  };
  const violation = contractViolation(method, path, answer);
  if (violation) throw new Error(`The answer breaks the OpenAPI document: ${violation}`);
  return answer;
}

function state(overrides: Partial<ViewState> = {}): ViewState {
  return {
    mode: 'full',
    layout: 'fcose',
    nodes: ['vitagora', 'naro'],
    positions: { vitagora: { x: 10.5, y: -20 }, naro: { x: 140, y: 60.25 } },
    hidden: ['naro'],
    pinned: ['vitagora'],
    selected: 'vitagora',
    since: 2015,
    until: 2025,
    viewport: { zoom: 1.2, x: 30, y: 40 },
    filters: { statuses: ['signed'] },
    lang: 'en',
    ...overrides,
  };
}

const named = (label: string) => `${run} ${label}`;

describe('POST /api/views › GET /api/views/:id', () => {
  it('when a view is saved › it comes back whole under a short id, and is listed', async () => {
    const saved = await send('POST', '/api/views', {
      name: named('Dijon'),
      notes: 'For the director',
      state: state(),
    });
    expect(saved.status).toBe(201);
    expect(saved.body.id).toMatch(/^[A-Za-z0-9_-]{6,32}$/);
    expect(saved.body.createdBy).toBeNull();

    const opened = await send('GET', `/api/views/${saved.body.id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.name).toBe(named('Dijon'));
    expect(opened.body.notes).toBe('For the director');
    expect(opened.body.state).toEqual(state());

    const list = await send('GET', '/api/views');
    const listed = list.body.views.find((view: { id: string }) => view.id === saved.body.id);
    expect(listed).toMatchObject({ name: named('Dijon'), nodeCount: 2 });
    expect(listed.state).toBeUndefined();
  });

  it('when a write token is sent › the view records its name, and only that token may change it', async () => {
    const saved = await send('POST', '/api/views', { name: named('owned'), state: state() }, ALICE);
    expect(saved.body.createdBy).toBe('alice');
    const id = saved.body.id;

    const anonymous = await send('PUT', `/api/views/${id}`, { name: named('taken'), state: state() });
    expect(anonymous.status).toBe(403);
    expect(anonymous.body.detail).toContain('"alice"');
    const other = await send('DELETE', `/api/views/${id}`, undefined, BOB);
    expect(other.status).toBe(403);

    const changed = await send(
      'PUT',
      `/api/views/${id}`,
      { name: named('renamed'), state: state({ nodes: ['naro'] }) },
      ALICE,
    );
    expect(changed.status).toBe(200);
    expect(changed.body.name).toBe(named('renamed'));
    expect(changed.body.state.nodes).toEqual(['naro']);
    expect(changed.body.updatedBy).toBe('alice');

    expect((await send('DELETE', `/api/views/${id}`, undefined, ALICE)).body).toEqual({ deleted: id });
    expect((await send('GET', `/api/views/${id}`)).status).toBe(404);
  });

  it('when the bearer token is unknown › 401, nothing saved', async () => {
    const refused = await send(
      'POST',
      '/api/views',
      { name: named('wrong token'), state: state() },
      'not-a-token-at-all-0000',
    );
    expect(refused.status).toBe(401);
    const list = await send('GET', '/api/views');
    expect(list.body.views.some((view: { name: string }) => view.name === named('wrong token'))).toBe(false);
  });
});

describe('POST /api/views › validation and limits', () => {
  it.each([
    ['no name', { state: state() }, 'name'],
    [
      'an unknown mode',
      { name: named('x'), state: { ...state(), mode: 'grid' } },
      'mode must be "full" or "partners"',
    ],
    [
      'an inverted date window',
      { name: named('x'), state: state({ since: 2030, until: 1990 }) },
      'since must not be after until',
    ],
    ['a year out of range', { name: named('x'), state: state({ since: 1000 }) }, 'years are 1800–2100'],
    [
      'a position that is not a number',
      { name: named('x'), state: { ...state(), positions: { a: { x: 'left', y: 0 } } } },
      'positions.a.x',
    ],
  ])('when the view has %s › 400 that says what was expected', async (_case, body, expected) => {
    const refused = await send('POST', '/api/views', body);
    expect(refused.status).toBe(400);
    expect(refused.contentType).toContain('application/problem+json');
    expect(refused.body.detail).toContain(expected);
  });

  it(`when a view has more than ${MAX_VIEW_NODES} node positions › 400 that names the limit`, async () => {
    const positions = Object.fromEntries(
      Array.from({ length: MAX_VIEW_NODES + 1 }, (_, index) => [`n${index}`, { x: index, y: 0 }]),
    );
    const refused = await send('POST', '/api/views', { name: named('huge'), state: state({ positions }) });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toContain(`at most ${MAX_VIEW_NODES} node positions`);
  });

  it('when the body is larger than 512 kB › 413 that names the limit', async () => {
    const refused = await send('POST', '/api/views', {
      name: named('big notes'),
      notes: 'x'.repeat(600_000),
      state: state(),
    });
    expect(refused.status).toBe(413);
    expect(refused.body.detail).toContain('512 kB');
  });

  it('when a 5,000-node view is saved › it fits and comes back with every position', async () => {
    const nodes = Array.from({ length: MAX_VIEW_NODES }, (_, index) => `organisation-${run}-${index}`);
    const positions = Object.fromEntries(nodes.map((id, index) => [id, { x: index * 1.5, y: -index }]));
    const saved = await send('POST', '/api/views', {
      name: named('5000'),
      state: state({ nodes, positions, hidden: [], pinned: [], selected: null }),
    });
    expect(saved.status).toBe(201);
    const opened = await send('GET', `/api/views/${saved.body.id}`);
    expect(Object.keys(opened.body.state.positions)).toHaveLength(MAX_VIEW_NODES);
    expect(opened.body.state.positions[`organisation-${run}-4999`]).toEqual({ x: 4999 * 1.5, y: -4999 });
  });

  it('when the id is malformed or unknown › 400 or 404', async () => {
    expect((await send('GET', '/api/views/x')).status).toBe(400);
    const missing = await send('GET', '/api/views/nosuchview1');
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toContain('nosuchview1');
  });
});

describe('/api/stories', () => {
  it('when a story steps through saved views › it comes back in order with the views’ names and notes', async () => {
    const first = await send('POST', '/api/views', { name: named('step one'), state: state() });
    const second = await send('POST', '/api/views', {
      name: named('step two'),
      state: state({ mode: 'partners' }),
    });
    const created = await send('POST', '/api/stories', {
      name: named('briefing'),
      steps: [
        { viewId: second.body.id, note: 'Start with the partnerships' },
        { viewId: first.body.id, note: 'Then the detail' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.steps).toEqual([
      { viewId: second.body.id, note: 'Start with the partnerships', viewName: named('step two') },
      { viewId: first.body.id, note: 'Then the detail', viewName: named('step one') },
    ]);
    const list = await send('GET', '/api/stories');
    expect(list.body.stories.find((story: { id: string }) => story.id === created.body.id)?.stepCount).toBe(
      2,
    );

    await send('DELETE', `/api/views/${first.body.id}`);
    const after = await send('GET', `/api/stories/${created.body.id}`);
    expect(after.body.steps[1]).toMatchObject({ viewId: first.body.id, viewName: null });

    const updated = await send('PUT', `/api/stories/${created.body.id}`, {
      name: named('briefing v2'),
      steps: [{ viewId: second.body.id }],
    });
    expect(updated.body.steps).toEqual([{ viewId: second.body.id, note: '', viewName: named('step two') }]);
    expect((await send('DELETE', `/api/stories/${created.body.id}`)).status).toBe(200);
    expect((await send('GET', `/api/stories/${created.body.id}`)).status).toBe(404);
  });

  it('when a step names a view that does not exist › 400 naming it, nothing saved', async () => {
    const refused = await send('POST', '/api/stories', {
      name: named('broken'),
      steps: [{ viewId: 'nosuchview2' }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toContain('"nosuchview2"');
    const list = await send('GET', '/api/stories');
    expect(list.body.stories.some((story: { name: string }) => story.name === named('broken'))).toBe(false);
  });

  it('when a story has no steps › 400', async () => {
    const refused = await send('POST', '/api/stories', { name: named('empty'), steps: [] });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toContain('at least one step');
  });
});

describe('GET /api/schema', () => {
  it('leaves out saved views and stories', async () => {
    await send('POST', '/api/views', { name: named('schema check'), state: state() });
    const schema = await app.get('/api/schema');
    expect(schema.body.labels.length).toBeGreaterThan(0);
    const labels = schema.body.labels.map((label: { label?: string } | string) =>
      typeof label === 'string' ? label : label.label,
    );
    expect(labels).not.toContain('SavedView');
    expect(labels).not.toContain('Story');
  });
});
