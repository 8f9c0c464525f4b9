// Corrections through the API: edits, deletions, retraction of a source, and the audit trail that
// records each, against the real database with this run's own, uniquely keyed data.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';
import { graphFingerprint, testDriver } from '../support/test-database.ts';

const ALICE = 'alice-curation-token-0123456789';
const BOB = 'bob-curation-token-0123456789xx';
const run = randomUUID().slice(0, 8);
const driver = testDriver();
let app: TestApp;

const as = (token: string) => ({ authorization: `Bearer ${token}` });
const id = (name: string) => `cur-${name}-${run}`;
const sourceA = `src-cur-a-${run}`;
const sourceB = `src-cur-b-${run}`;
const sharedRel = `${id('alpha')}|COOPERATES_WITH|${id('beta')}`;
const path = (elementId: string) => `/api/elements/${encodeURIComponent(elementId)}`;

const QUOTE_A = 'Alpha and Beta work together, says the first note.';
const QUOTE_B = 'Alpha cooperates with Beta, the second note confirms.';

const source = (sourceId: string, published: string) => ({
  id: sourceId,
  title: `Curation note ${sourceId}`,
  publisher: 'Tests',
  published,
  language: 'en',
});
const alpha = (quote: string) => ({
  id: id('alpha'),
  label: 'Organisation',
  kind: 'company',
  name: `Alpha ${run}`,
  quote,
});
const beta = (quote: string) => ({
  id: id('beta'),
  label: 'Organisation',
  kind: 'company',
  name: `Beta ${run}`,
  quote,
});

/** B: two organisations and their cooperation. A: the same cooperation, plus facts only A gives. */
const documentB = {
  source: source(sourceB, '2026-01'),
  nodes: [alpha(QUOTE_B), beta(QUOTE_B)],
  relationships: [{ type: 'COOPERATES_WITH', from: id('alpha'), to: id('beta'), quote: QUOTE_B }],
};
const documentA = {
  source: source(sourceA, '2026-02'),
  nodes: [
    alpha(QUOTE_A),
    beta(QUOTE_A),
    {
      id: id('gamma'),
      label: 'Organisation',
      kind: 'company',
      name: `Gamma ${run}`,
      quote: 'Gamma, a young company, joins them.',
    },
    {
      id: id('forum'),
      label: 'Event',
      kind: 'forum',
      name: `Forum ${run}`,
      props: { status: 'planned', start: '2026-05-12' },
      quote: 'A forum is planned for 12 May 2026.',
    },
  ],
  relationships: [
    { type: 'COOPERATES_WITH', from: id('alpha'), to: id('beta'), quote: QUOTE_A },
    {
      type: 'MEMBER_OF',
      from: id('gamma'),
      to: 'vitagora',
      props: { since: '2026' },
      quote: 'Gamma joined Vitagora in 2026.',
    },
    {
      type: 'PARTICIPATED_IN',
      from: id('gamma'),
      to: id('forum'),
      props: { status: 'planned' },
      quote: 'Gamma will take part in the forum.',
    },
  ],
};

async function properties(elementId: string): Promise<Record<string, unknown> | undefined> {
  const result = await driver.executeQuery(
    `OPTIONAL MATCH (n:Entity {id: $id}) OPTIONAL MATCH ()-[r {id: $id}]->()
     RETURN coalesce(properties(n), properties(r)) AS props`,
    { id: elementId },
  );
  return result.records[0]?.get('props') ?? undefined;
}

const withoutAudit = () => graphFingerprint(driver, { exceptLabels: ['AuditEntry'] });

beforeAll(async () => {
  app = await startTestApp({ config: testConfig({ WRITE_TOKENS: `alice:${ALICE},bob:${BOB}` }) });
});
afterAll(async () => {
  await driver.executeQuery('MATCH (n) WHERE n.id ENDS WITH $suffix DETACH DELETE n', { suffix: run });
  await driver.executeQuery(
    'MATCH (e:AuditEntry) WHERE any(s IN e.sourceIds WHERE s ENDS WITH $suffix) DELETE e',
    {
      suffix: run,
    },
  );
  await app?.close();
  await driver.close();
});

describe('curation: edit, retract, history', () => {
  let beforeA = '';

  beforeAll(async () => {
    expect((await app.post('/api/import', documentB, as(BOB))).status).toBe(201);
    beforeA = await withoutAudit();
    expect((await app.post('/api/import', documentA, as(ALICE))).status).toBe(201);
  });

  describe('PATCH /api/elements/:id', () => {
    it('changes the property, recomputes its span and records before/after, who and why', async () => {
      const response = await app.send(
        'PATCH',
        path(id('forum')),
        { properties: { status: 'held', start: '2026-05-13' }, reason: 'The forum took place a day late' },
        as(ALICE),
      );
      expect(response.status).toBe(200);
      expect(response.body.changes).toEqual([
        { element: id('forum'), key: 'status', before: 'planned', after: 'held' },
        { element: id('forum'), key: 'start', before: '2026-05-12', after: '2026-05-13' },
      ]);
      const stored = await properties(id('forum'));
      expect(stored?.status).toBe('held');
      expect(stored?.spanStart).toBe('2026-05-13');
      const history = await app.get(`${path(id('forum'))}/history`);
      const entry = history.body.entries[0];
      expect(entry).toMatchObject({
        kind: 'edit',
        actor: 'alice',
        reason: 'The forum took place a day late',
      });
      expect(entry.changes).toHaveLength(2);
      expect(entry.sourceIds).toEqual([sourceA]);
    });

    it('edits a relationship found by its id', async () => {
      const rel = `${id('gamma')}|PARTICIPATED_IN|${id('forum')}`;
      const response = await app.send(
        'PATCH',
        path(rel),
        { properties: { status: 'done', role: 'exhibitor' }, reason: 'Gamma exhibited at the forum' },
        as(BOB),
      );
      expect(response.status).toBe(200);
      expect(response.body.kind).toBe('relationship');
      expect((await properties(rel))?.role).toBe('exhibitor');
    });

    describe('a bad edit', () => {
      const cases: {
        name: string;
        body: unknown;
        headers: Record<string, string>;
        status: number;
        says: RegExp;
      }[] = [
        {
          name: 'an unknown property',
          body: { properties: { stauts: 'held' }, reason: 'typo' },
          headers: as(ALICE),
          status: 400,
          says: /unknown property "stauts".*editable: .*status/,
        },
        {
          name: 'a status outside the vocabulary',
          body: { properties: { status: 'done' }, reason: 'wrong vocabulary' },
          headers: as(ALICE),
          status: 400,
          says: /status "done"; expected one of "planned", "held", "cancelled"/,
        },
        {
          name: 'removing a status an Event must have',
          body: { properties: { status: null }, reason: 'no status' },
          headers: as(ALICE),
          status: 400,
          says: /must say its status/,
        },
        {
          name: 'a date that is not ISO',
          body: { properties: { start: '13/05/2026' }, reason: 'French date' },
          headers: as(ALICE),
          status: 400,
          says: /"start" must be an ISO date/,
        },
        {
          name: 'the citations',
          body: { properties: { sources: 'src-x' }, reason: 'rewrite citations' },
          headers: as(ALICE),
          status: 400,
          says: /"sources" cannot be edited: citations change by importing or retracting a source/,
        },
        {
          name: 'no reason',
          body: { properties: { status: 'cancelled' } },
          headers: as(ALICE),
          status: 400,
          says: /reason is required/,
        },
        {
          name: 'no token',
          body: { properties: { status: 'cancelled' }, reason: 'anonymous' },
          headers: {},
          status: 401,
          says: /needs "Authorization: Bearer <a write token>"/,
        },
        {
          name: 'a wrong token',
          body: { properties: { status: 'cancelled' }, reason: 'forged' },
          headers: as('not-a-token-of-this-server'),
          status: 401,
          says: /write token/,
        },
      ];
      for (const testCase of cases) {
        it(`(${testCase.name}) answers ${testCase.status} saying what was wrong, and changes nothing`, async () => {
          const before = await graphFingerprint(driver);
          const response = await app.send('PATCH', path(id('forum')), testCase.body, testCase.headers);
          expect(response.status).toBe(testCase.status);
          expect(response.contentType).toContain('application/problem+json');
          expect(response.body.detail).toMatch(testCase.says);
          expect(await graphFingerprint(driver)).toBe(before);
        });
      }

      it('answers 404 for an unknown element', async () => {
        const response = await app.send(
          'PATCH',
          path(id('nobody')),
          { properties: { note: 'x' }, reason: 'why' },
          as(ALICE),
        );
        expect(response.status).toBe(404);
        expect(response.body.detail).toContain(id('nobody'));
      });
    });
  });

  describe('POST /api/sources/:id/retract', () => {
    it('as a dry run says what would go and writes nothing', async () => {
      const before = await graphFingerprint(driver);
      const response = await app.post(`/api/sources/${sourceA}/retract`, { dryRun: true }, as(ALICE));
      expect(response.status).toBe(200);
      expect(response.body.dryRun).toBe(true);
      expect(response.body.auditId).toBeNull();
      expect([...response.body.removedNodes].sort()).toEqual([id('forum'), id('gamma')].sort());
      expect(response.body.removedRelationships).toHaveLength(2);
      expect([...response.body.keptNodes].sort()).toEqual([id('alpha'), id('beta')].sort());
      expect(response.body.keptRelationships).toEqual([sharedRel]);
      expect(await graphFingerprint(driver)).toBe(before);
    });

    it('refuses without a reason', async () => {
      const response = await app.post(`/api/sources/${sourceA}/retract`, {}, as(ALICE));
      expect(response.status).toBe(400);
      expect(response.body.detail).toMatch(/reason is required/);
    });

    it('removes exactly what only that source supported; shared facts keep the other citation', async () => {
      const response = await app.post(
        `/api/sources/${sourceA}/retract`,
        { reason: 'The note was a draft, never published' },
        as(ALICE),
      );
      expect(response.status).toBe(200);
      expect(response.body.removedRelationships).toHaveLength(2);
      for (const gone of [id('gamma'), id('forum'), `${id('gamma')}|MEMBER_OF|vitagora`]) {
        expect(await properties(gone)).toBeUndefined();
      }
      const shared = await properties(sharedRel);
      expect(shared?.sources).toEqual([sourceB]);
      expect(shared?.quotes).toEqual([QUOTE_B]);
      expect((await properties(id('alpha')))?.sources).toEqual([sourceB]);
      const sourceLeft = await driver.executeQuery('MATCH (s:Source {id: $id}) RETURN count(s) AS n', {
        id: sourceA,
      });
      expect(sourceLeft.records[0]?.get('n').toNumber()).toBe(0);
      // Everything else, derived counts and summaries included, is as before A was imported.
      expect(await withoutAudit()).toBe(beforeA);
      const catalog = await app.get('/api/sources');
      expect(JSON.stringify(catalog.body)).not.toContain(sourceA);
    });

    it('answers 404 for a source that is not there (any more)', async () => {
      const response = await app.post(`/api/sources/${sourceA}/retract`, { reason: 'again' }, as(ALICE));
      expect(response.status).toBe(404);
    });
  });

  describe('history', () => {
    it("lists the source's import, the edits and the retraction, newest first, with the writers' names", async () => {
      const response = await app.get(`/api/sources/${sourceA}/history`);
      expect(response.status).toBe(200);
      const entries = response.body.entries as {
        kind: string;
        actor: string;
        at: string;
        reason: string | null;
      }[];
      expect(entries.map((e) => `${e.kind}:${e.actor}`)).toEqual([
        'retract:alice',
        'edit:bob',
        'edit:alice',
        'import:alice',
      ]);
      expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort().reverse());
      expect(entries[0]?.reason).toBe('The note was a draft, never published');
      const imported = response.body.entries[3];
      expect(imported.counts).toEqual({ sources: 1, nodes: 4, relationships: 3 });
      const retracted = response.body.entries[0];
      expect(retracted.removed.map((r: { id: string }) => r.id)).toContain(id('gamma'));
      expect(retracted.removed.find((r: { label: string }) => r.label === 'Source')?.properties.title).toBe(
        `Curation note ${sourceA}`,
      );
    });

    it('of a fact: the imports of its sources and the retraction that took one citation', async () => {
      const response = await app.get(`${path(sharedRel)}/history`);
      const entries = response.body.entries as { kind: string; actor: string; sourceIds: string[] }[];
      expect(entries.map((e) => `${e.kind}:${e.actor}`)).toEqual(['retract:alice', 'import:bob']);
    });

    it('pages the whole trail newest first with a cursor', async () => {
      const first = await app.get('/api/audit?limit=2');
      expect(first.status).toBe(200);
      expect(first.body.entries).toHaveLength(2);
      expect(first.body.entries[0].kind).toBe('retract');
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await app.get(`/api/audit?limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body.entries.length).toBeGreaterThan(0);
      const firstIds = first.body.entries.map((e: { id: string }) => e.id);
      for (const entry of second.body.entries) {
        expect(firstIds).not.toContain(entry.id);
        expect(entry.at <= first.body.entries[1].at).toBe(true);
      }
      const bad = await app.get('/api/audit?cursor=not-a-cursor');
      expect(bad.status).toBe(400);
      expect(bad.body.detail).toMatch(/cursor must be a nextCursor/);
    });
  });
});

describe('curation: a node only the retracted source cites, which another source links', () => {
  const sourceC = `src-cur-c-${run}`;
  const sourceD = `src-cur-d-${run}`;

  it('stays, without that citation, and its other facts stay', async () => {
    const documentC = {
      source: source(sourceC, '2026-03'),
      nodes: [
        { id: id('delta'), label: 'Organisation', name: `Delta ${run}`, quote: 'Delta opened an office.' },
      ],
      relationships: [],
    };
    const documentD = {
      source: source(sourceD, '2026-04'),
      nodes: [
        {
          id: id('epsilon'),
          label: 'Organisation',
          name: `Epsilon ${run}`,
          quote: 'Epsilon supports Delta.',
        },
      ],
      relationships: [
        { type: 'SUPPORTS', from: id('epsilon'), to: id('delta'), quote: 'Epsilon supports Delta.' },
      ],
    };
    expect((await app.post('/api/import', documentC, as(ALICE))).status).toBe(201);
    expect((await app.post('/api/import', documentD, as(ALICE))).status).toBe(201);
    const response = await app.post(
      `/api/sources/${sourceC}/retract`,
      { reason: 'Retracted by its author' },
      as(BOB),
    );
    expect(response.status).toBe(200);
    expect(response.body.removedNodes).toEqual([]);
    expect(response.body.keptNodes).toEqual([id('delta')]);
    expect((await properties(id('delta')))?.sources).toEqual([]);
    expect((await properties(`${id('epsilon')}|SUPPORTS|${id('delta')}`))?.sources).toEqual([sourceD]);
  });
});

describe('DELETE /api/elements/:id', () => {
  const sourceE = `src-cur-e-${run}`;

  beforeAll(async () => {
    const documentE = {
      source: source(sourceE, '2026-05'),
      nodes: [
        { id: id('zeta'), label: 'Organisation', name: `Zeta ${run}`, quote: 'Zeta and Eta are partners.' },
        { id: id('eta'), label: 'Organisation', name: `Eta ${run}`, quote: 'Zeta and Eta are partners.' },
      ],
      relationships: [
        { type: 'COOPERATES_WITH', from: id('zeta'), to: id('eta'), quote: 'Zeta and Eta are partners.' },
        { type: 'MEMBER_OF', from: id('zeta'), to: id('eta'), quote: 'Zeta is a member of Eta.' },
      ],
    };
    expect((await app.post('/api/import', documentE, as(ALICE))).status).toBe(201);
  });

  it('deletes a relationship with a reason and records it', async () => {
    const rel = `${id('zeta')}|MEMBER_OF|${id('eta')}`;
    const response = await app.send(
      'DELETE',
      path(rel),
      { reason: 'Misread: Zeta is not a member' },
      as(BOB),
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: rel, kind: 'relationship', removedRelationships: [] });
    expect(await properties(rel)).toBeUndefined();
    const history = await app.get(`${path(rel)}/history`);
    expect(history.body.entries[0]).toMatchObject({
      kind: 'delete',
      actor: 'bob',
      reason: 'Misread: Zeta is not a member',
    });
    expect(history.body.entries[0].removed[0].properties.quotes).toEqual(['Zeta is a member of Eta.']);
  });

  it('deletes a node with its relationships and says which', async () => {
    const response = await app.send(
      'DELETE',
      path(id('zeta')),
      { reason: 'Zeta is a duplicate of another actor' },
      as(ALICE),
    );
    expect(response.status).toBe(200);
    expect(response.body.removedRelationships).toEqual([`${id('zeta')}|COOPERATES_WITH|${id('eta')}`]);
    expect(await properties(id('zeta'))).toBeUndefined();
    expect(await properties(id('eta'))).toBeDefined();
  });

  it('refuses without a reason and changes nothing', async () => {
    const before = await graphFingerprint(driver);
    const response = await app.send('DELETE', path(id('eta')), {}, as(ALICE));
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/reason is required/);
    expect(await graphFingerprint(driver)).toBe(before);
  });
});
