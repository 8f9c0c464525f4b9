// Status and time in the API: the one table of date cases driven through stored spans and the
// Cypher predicate, the status filter on every endpoint that takes it, windows refused by name, and
// the review's fixes on test actors. "As of", "what changed", evidence and hubs are in
// api-as-of-and-changes.test.ts.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusFilterParameters } from '../../seed/model/statuses.ts';
import { spanOf, windowDays } from '../../seed/model/time-span.ts';
import { composeQuery } from '../../server/database/cypher-fragments.ts';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';
import { TIME_SPAN_CASES, type TimeSpanCase } from '../support/time-span-cases.ts';

let app: TestApp;
const IMPORT_TOKEN = 'test-import-token-time-and-status';
/** Every node this file creates has an id with this prefix, so it touches no one else's data. */
const prefix = `test-t9-${randomUUID().slice(0, 8)}`;

type Edge = { id: string; source: string; target: string; type: string; properties: Record<string, any> };
const pairKey = (a: string, b: string) => [a, b].sort().join('+');
const edgePair = (edge: Edge) => pairKey(edge.source, edge.target);

async function write(query: string, params: Record<string, unknown>): Promise<void> {
  await app.db.writeTransaction(async (tx) => void (await tx.run(query, params)), 'test data');
}

/** Two organisations per case, linked the way the case's kind is: by the relationship or through the node. */
const caseIds = (index: number) => ({
  a: `${prefix}-case${index}-a`,
  b: `${prefix}-case${index}-b`,
  element: `${prefix}-case${index}-element`,
});

async function createCase(index: number, item: TimeSpanCase): Promise<void> {
  const span = spanOf(item.kind, item.dates);
  const props = {
    id: caseIds(index).element,
    spanStart: span?.start ?? null,
    spanEnd: span?.end ?? null,
    ...(typeof item.dates.status === 'string' ? { status: item.dates.status } : {}),
  };
  const ids = caseIds(index);
  if (item.kind.label) {
    await write(
      `CREATE (a:Entity:Organisation {id: $a, name: $a}), (b:Entity:Organisation {id: $b, name: $b}),
              (n:Entity:$($label) {name: $element})
       SET n += $props
       CREATE (a)-[:PARTY_TO {id: $a + '|PARTY_TO', sources: [], quotes: []}]->(n)<-[:PARTY_TO {id: $b + '|PARTY_TO', sources: [], quotes: []}]-(b)`,
      { ...ids, label: item.kind.label, props },
    );
  } else {
    await write(
      `CREATE (a:Entity:Organisation {id: $a, name: $a}), (b:Entity:Organisation {id: $b, name: $b})
       CREATE (a)-[r:$($type)]->(b) SET r += $props, r.sources = [], r.quotes = []`,
      { ...ids, type: item.kind.type, props },
    );
  }
}

beforeAll(async () => {
  app = await startTestApp({ config: testConfig({ IMPORT_TOKEN }) });
  for (const [index, item] of TIME_SPAN_CASES.entries()) await createCase(index, item);
  // A planned cooperation, an announced agreement and a planned event between three test actors.
  await write(
    `CREATE (a:Entity:Organisation {id: $prefix + '-a', name: 'Status test A'}),
            (b:Entity:Organisation {id: $prefix + '-b', name: 'Status test B'}),
            (c:Entity:Organisation {id: $prefix + '-c', name: 'Status test C'}),
            (e:Entity:Event {id: $prefix + '-event', name: 'Status test mission', start: '2030-04',
                             spanStart: '2030-04-01', spanEnd: '2030-04-30', status: 'planned'})
     CREATE (a)-[:COOPERATES_WITH {id: $prefix + '-ab', status: 'planned', sources: [], quotes: []}]->(b)
     CREATE (a)-[:COOPERATES_WITH {id: $prefix + '-ac', status: 'done', sources: [], quotes: []}]->(c)
     CREATE (b)-[:COOPERATES_WITH {id: $prefix + '-bc', sources: [], quotes: []}]->(c)
     CREATE (a)-[:ORGANISED {id: $prefix + '-ae', status: 'planned', sources: [], quotes: []}]->(e)`,
    { prefix },
  );
});

afterAll(async () => {
  await write('MATCH (n) WHERE (n:Entity OR n:Source) AND n.id STARTS WITH $prefix DETACH DELETE n', {
    prefix,
  });
  await app.close();
});

describe('the shared table of date cases, through stored spans and the Cypher predicate', () => {
  it('keeps exactly what the table says, for every case', async () => {
    expect(TIME_SPAN_CASES.length).toBeGreaterThan(5);
    const query = composeQuery(
      `MATCH (x:Entity {id: $a})-[r]-(y) WHERE r.id = $element OR y.id = $element
       WITH coalesce(CASE WHEN r.id = $element THEN r END, y) AS element
       RETURN {{spanInWindow(element)}} AS kept`,
    );
    for (const [index, item] of TIME_SPAN_CASES.entries()) {
      const result = await app.db.writeTransaction(
        (tx) =>
          tx.run(query, {
            ...caseIds(index),
            ...windowDays(item.window),
            ...statusFilterParameters('all'),
          }),
        'test predicate',
      );
      expect(result.records.length, item.name).toBe(1);
      expect(result.records[0]?.get('kept'), item.name).toBe(item.kept);
    }
  });

  it('keeps the same cases in GET /api/partnerships, for every case that makes a partnership', async () => {
    const partnershipCases = TIME_SPAN_CASES.map((item, index) => ({ item, index })).filter(
      ({ item }) =>
        item.kind.label === 'Agreement' || ['MEMBER_OF', 'COOPERATES_WITH'].includes(item.kind.type ?? ''),
    );
    expect(partnershipCases.length).toBeGreaterThan(3);
    for (const { item, index } of partnershipCases) {
      const { a, b } = caseIds(index);
      const window = new URLSearchParams({
        ids: a,
        ...(item.window.since ? { since: item.window.since } : {}),
        ...(item.window.until ? { until: item.window.until } : {}),
      });
      const response = await app.get(`/api/partnerships?${window}`);
      expect(response.status, item.name).toBe(200);
      const pairs = (response.body.graph.edges as Edge[]).map(edgePair);
      expect(pairs.includes(pairKey(a, b)), item.name).toBe(item.kept);
    }
  });

  it("keeps NARO's membership of Vitagora since 2020 in partnerships for 2023–2025", async () => {
    const response = await app.get('/api/partnerships?since=2023&until=2025&ids=naro');
    const edge = (response.body.graph.edges as Edge[]).find(
      (e) => edgePair(e) === pairKey('naro', 'vitagora'),
    );
    expect(edge).toBeDefined();
    const membership = edge?.properties.evidence.find((item: any) => item.kind === 'membership');
    expect(membership).toMatchObject({ spanStart: '2020-01-01', spanEnd: null });
  });
});

describe('windows the model calls unusable', () => {
  it.each([
    ['/api/partnerships?since=2025&until=2023', 'since (2025) must not be after until (2023)'],
    ['/api/common-partners?ids=naro,vitagora&since=1000', 'since must be a year from 1900 to 2100, got 1000'],
    ['/api/paths?from=naro&to=vitagora&until=9999', 'until must be a year from 1900 to 2100, got 9999'],
    ['/api/timeline?since=2020-05&until=2020-04', 'must not be after until'],
    ['/api/changes?since=2017&until=2016', 'must not be after until'],
    ['/api/as-of?date=1850', 'from 1900 to 2100'],
  ])('%s answers 400 naming the problem', async (path, problem) => {
    const response = await app.get(path);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('invalid-request');
    expect(response.body.detail).toContain(problem);
  });
});

describe('the status filter', () => {
  it('answers 400 naming the allowed values for a bad one, on every endpoint that takes it', async () => {
    for (const path of [
      '/api/partnerships?status=maybe',
      '/api/common-partners?ids=naro,vitagora&status=maybe',
      '/api/paths?from=naro&to=vitagora&status=maybe',
      '/api/timeline?status=maybe',
      '/api/nodes/naro/neighbours?status=maybe',
      '/api/as-of?date=2020&status=maybe',
    ]) {
      const response = await app.get(path);
      expect(response.status, path).toBe(400);
      expect(response.body.detail, path).toContain('status must be one of all, done');
    }
  });

  it('partnerships: keeps a planned cooperation by default, marked, and drops it for status=done', async () => {
    const all = await app.get(`/api/partnerships?ids=${prefix}-a`);
    const planned = (all.body.graph.edges as Edge[]).find(
      (e) => edgePair(e) === pairKey(`${prefix}-a`, `${prefix}-b`),
    );
    expect(planned?.properties.evidence[0].status).toBe('planned');
    expect(planned?.properties.planned).toBe(true);
    const done = await app.get(`/api/partnerships?ids=${prefix}-a&status=done`);
    const pairs = (done.body.graph.edges as Edge[]).map(edgePair);
    expect(pairs).toContain(pairKey(`${prefix}-a`, `${prefix}-c`));
    expect(pairs).not.toContain(pairKey(`${prefix}-a`, `${prefix}-b`));
  });

  it('common partners: a partner linked by a plan only is not common when status=done', async () => {
    const all = await app.get(`/api/common-partners?ids=${prefix}-a,${prefix}-c`);
    expect(all.body.partners.map((p: any) => p.node.id)).toEqual([`${prefix}-b`]);
    const done = await app.get(`/api/common-partners?ids=${prefix}-a,${prefix}-c&status=done`);
    expect(done.status).toBe(200);
    expect(done.body.partners).toEqual([]);
  });

  it('paths: every hop says its status, and status=done walks around the planned hop', async () => {
    const all = await app.get(`/api/paths?from=${prefix}-a&to=${prefix}-b`);
    const [direct] = all.body.paths;
    expect(direct.length).toBe(1);
    expect(direct.hops[0].status).toBe('planned');
    const done = await app.get(`/api/paths?from=${prefix}-a&to=${prefix}-b&status=done`);
    const [around] = done.body.paths;
    expect(around.nodeIds).toEqual([`${prefix}-a`, `${prefix}-c`, `${prefix}-b`]);
    expect(around.hops.map((hop: any) => hop.status)).toEqual(['done', null]);
  });

  it('timeline: lists the planned mission by default, and not for status=done', async () => {
    const all = await app.get(`/api/timeline?ids=${prefix}-a`);
    expect(all.body.items.map((item: any) => item.node.id)).toEqual([`${prefix}-event`]);
    expect(all.body.items[0].node.properties.status).toBe('planned');
    const done = await app.get(`/api/timeline?ids=${prefix}-a&status=done`);
    expect(done.body.items).toEqual([]);
  });

  it('neighbours: status=done leaves out planned links and planned events, in the page and the counts', async () => {
    const all = await app.get(`/api/nodes/${prefix}-a/neighbours`);
    expect(all.body.graph.nodes.map((n: any) => n.id).sort()).toEqual(
      [`${prefix}-a`, `${prefix}-b`, `${prefix}-c`, `${prefix}-event`].sort(),
    );
    const done = await app.get(`/api/nodes/${prefix}-a/neighbours?status=done`);
    expect(done.body.graph.nodes.map((n: any) => n.id).sort()).toEqual([`${prefix}-a`, `${prefix}-c`].sort());
    expect(done.body.total).toBe(1);
  });
});

describe('review fixes: bounded dates, plans dated when reported, links with their status', () => {
  beforeAll(async () => {
    // A held event one actor took part in and another only planned to; a planned event linked to C
    // by a link without status.
    await write(
      `MATCH (a:Entity {id: $prefix + '-a'}), (b:Entity {id: $prefix + '-b'}), (c:Entity {id: $prefix + '-c'})
       CREATE (held:Entity:Event {id: $prefix + '-held', name: 'Held test event', date: '2031-02',
                                  spanStart: '2031-02-01', spanEnd: '2031-02-28', status: 'held'}),
              (plan:Entity:Event {id: $prefix + '-plan', name: 'Planned test event', date: '2032-02',
                                  spanStart: '2032-02-01', spanEnd: '2032-02-29', status: 'planned'})
       CREATE (a)-[:PARTICIPATED_IN {id: $prefix + '-a-held', status: 'done', sources: [], quotes: []}]->(held)
       CREATE (b)-[:PARTICIPATED_IN {id: $prefix + '-b-held', status: 'planned', sources: [], quotes: []}]->(held)
       CREATE (c)-[:PARTICIPATED_IN {id: $prefix + '-c-plan', sources: [], quotes: []}]->(plan)`,
      { prefix },
    );
  });

  const bioforwardEvidence = async (query: string) => {
    const response = await app.get(`/api/as-of?${query}`);
    expect(response.status).toBe(200);
    expect(response.body.graph.edges.length).toBeGreaterThan(0);
    const edge = (response.body.graph.edges as Edge[]).find(
      (e) => edgePair(e) === pairKey('bioforward', 'aer-bfc'),
    );
    return edge?.properties.evidence.find((item: any) => item.id === 'agreement-bioforward-aer-bfc-2024');
  };

  it('as-of: the BioForward – AER BFC agreement, signed between 27 Oct 2024 and 2 Apr 2025, is in force only from 2 Apr 2025', async () => {
    expect(await bioforwardEvidence('date=2024-11')).toBeUndefined();
    expect(await bioforwardEvidence('date=2025-04-01')).toBeUndefined();
    expect(await bioforwardEvidence('date=2025-06')).toMatchObject({
      spanStart: '2025-04-02',
      status: 'signed',
    });
  });

  it('changes: lists that signature as the range the text allows, in every window the range touches', async () => {
    for (const [since, until] of [
      ['2024-11', '2024-11'],
      ['2025-03', '2025-03'],
    ]) {
      const response = await app.get(`/api/changes?since=${since}&until=${until}`);
      const signature = response.body.changes.find(
        (change: any) => change.element.id === 'agreement-bioforward-aer-bfc-2024',
      );
      expect(signature, since).toMatchObject({ change: 'signed', date: '2024-10-27', latest: '2025-04-02' });
    }
    const after = await app.get('/api/changes?since=2025-05&until=2025-12');
    expect(after.body.changes.map((change: any) => change.element.id)).not.toContain(
      'agreement-bioforward-aer-bfc-2024',
    );
  });

  it('timeline and partnerships: the agreement known only by its bounds is listed, and dates its partnership', async () => {
    const timeline = await app.get('/api/timeline?ids=bioforward');
    expect(timeline.body.items.map((item: any) => item.node.id)).toContain(
      'agreement-bioforward-aer-bfc-2024',
    );
    const partnerships = await app.get('/api/partnerships?ids=bioforward');
    const edge = (partnerships.body.graph.edges as Edge[]).find(
      (e) => edgePair(e) === pairKey('bioforward', 'aer-bfc'),
    );
    expect(edge?.properties.firstDate).toBe('2025-04-02');
    const agreement = edge?.properties.evidence.find(
      (item: any) => item.id === 'agreement-bioforward-aer-bfc-2024',
    );
    expect(agreement).toMatchObject({ date: '2024-10-27', spanStart: '2025-04-02' });
  });

  it('changes: a plan is news when reported, dated at the source, with the date it was due apart', async () => {
    const dueDays = await app.get('/api/changes?since=2025-04-12&until=2025-04-17');
    expect(dueDays.status).toBe(200);
    expect(dueDays.body.changes.filter((change: any) => change.change === 'planned')).toEqual([]);
    const april = await app.get('/api/changes?since=2025-04&until=2025-04');
    const planned = april.body.changes.filter((change: any) => change.change === 'planned');
    expect(planned.length).toBeGreaterThan(0);
    for (const change of planned) {
      expect(change.date).toBe(change.citation.published);
      expect(change.scheduled).toMatch(/^2025/);
    }
    const mission = planned.find((change: any) => change.element.id === 'mission-bfc-expo-osaka-2025');
    expect(mission).toMatchObject({ date: '2025-04', scheduled: '2025-04-12' });
  });

  it('changes: the Aichi memorandum is announced when the 2018 article reports it, due in June 2018', async () => {
    const june = await app.get('/api/changes?since=2018-06&until=2018-06');
    expect(june.body.changes.map((change: any) => change.element.id)).not.toContain(
      'mou-occitanie-aichi-2018',
    );
    const year = await app.get('/api/changes?since=2018&until=2018');
    const aichi = year.body.changes.find((change: any) => change.element.id === 'mou-occitanie-aichi-2018');
    expect(aichi).toMatchObject({ change: 'announced', date: '2018', scheduled: '2018-06' });
  });

  it('changes: a role held until 31/12/2024 ends then', async () => {
    const response = await app.get('/api/changes?since=2024-12&until=2024-12');
    const ended = response.body.changes.find(
      (change: any) =>
        change.element.type === 'HOLDS_ROLE' && change.element.from?.id === 'martine-abrahamse-pleux',
    );
    expect(ended).toMatchObject({ change: 'ended', date: '2024-12-31' });
  });

  it('timeline: with status=done, an actor linked only by a planned participation is not an actor of the event', async () => {
    const viaPlan = await app.get(`/api/timeline?ids=${prefix}-b&status=done`);
    expect(viaPlan.body.items.map((item: any) => item.node.id)).not.toContain(`${prefix}-held`);
    const done = await app.get(`/api/timeline?ids=${prefix}-a&status=done`);
    const held = done.body.items.find((item: any) => item.node.id === `${prefix}-held`);
    expect(held?.actorIds).toEqual([`${prefix}-a`]);
    const all = await app.get(`/api/timeline?ids=${prefix}-a`);
    const heldAll = all.body.items.find((item: any) => item.node.id === `${prefix}-held`);
    expect([...(heldAll?.actorIds ?? [])].sort()).toEqual([`${prefix}-a`, `${prefix}-b`].sort());
  });

  it('paths: with status=done, a planned start node has no path', async () => {
    const all = await app.get(`/api/paths?from=${prefix}-plan&to=${prefix}-c`);
    expect(all.body.paths.length).toBe(1);
    const done = await app.get(`/api/paths?from=${prefix}-plan&to=${prefix}-c&status=done`);
    expect(done.status).toBe(200);
    expect(done.body.paths).toEqual([]);
  });
});
