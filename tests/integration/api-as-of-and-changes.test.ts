// "As of" and "what changed" on the curated data, evidence strength, hub-avoiding paths, and
// statuses reported by several sources through the import (the time rule and the status filter
// are in api-time-and-status.test.ts).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';

let app: TestApp;
const IMPORT_TOKEN = 'test-import-token-as-of-and-changes';
/** Every node this file creates has an id with this prefix, so it touches no one else's data. */
const prefix = `test-t9c-${randomUUID().slice(0, 8)}`;

type Edge = { id: string; source: string; target: string; type: string; properties: Record<string, any> };
const pairKey = (a: string, b: string) => [a, b].sort().join('+');
const edgePair = (edge: Edge) => pairKey(edge.source, edge.target);

beforeAll(async () => {
  app = await startTestApp({ config: testConfig({ IMPORT_TOKEN }) });
});

afterAll(async () => {
  await app.db.writeTransaction(
    async (tx) =>
      void (await tx.run(
        'MATCH (n) WHERE (n:Entity OR n:Source) AND n.id STARTS WITH $prefix DETACH DELETE n',
        {
          prefix,
        },
      )),
    'test data',
  );
  await app.close();
});

describe('GET /api/as-of', () => {
  it('shows the Kyoto agreement in force in June 2016, signed a year before', async () => {
    const response = await app.get('/api/as-of?date=2016-06');
    expect(response.status).toBe(200);
    expect(response.body.date).toBe('2016-06');
    const edge = (response.body.graph.edges as Edge[]).find(
      (e) => edgePair(e) === pairKey('region-occitanie', 'kyoto-prefecture'),
    );
    const agreement = edge?.properties.evidence.find(
      (item: any) => item.id === 'agreement-occitanie-kyoto-2015',
    );
    expect(agreement).toMatchObject({ kind: 'agreement', spanStart: '2015-06-01' });
    expect(agreement.citations.length).toBeGreaterThan(0);
  });

  it('leaves out what had not started, and what no source published by then reported', async () => {
    const response = await app.get('/api/as-of?date=2014');
    expect(response.status).toBe(200);
    const ids = (response.body.graph.edges as Edge[]).flatMap((e) =>
      e.properties.evidence.map((item: any) => item.id),
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain('agreement-occitanie-kyoto-2015');
    expect(ids).not.toContain('mou-dijon-kumamoto-2023');
    for (const edge of response.body.graph.edges as Edge[]) {
      for (const item of edge.properties.evidence) expect(item.spanStart <= '2014-12-31').toBe(true);
    }
  });
});

describe('GET /api/as-of, events', () => {
  const nodeIds = (body: any) => (body.graph.nodes as { id: string }[]).map((node) => node.id);

  it('carries the events started by then, with the actors that led or organised them', async () => {
    const response = await app.get('/api/as-of?date=2017');
    expect(response.status).toBe(200);
    expect(nodeIds(response.body)).toContain('mission-occitanie-japan-2016');
    const led = (response.body.graph.edges as Edge[]).filter(
      (edge) => edge.type === 'LED' && edge.target === 'mission-occitanie-japan-2016',
    );
    expect(led.map((edge) => edge.source)).toEqual(['carole-delga']);
    expect(nodeIds(response.body)).not.toContain('mission-occitanie-japan-2018');
  });

  it('leaves out an event not yet started, and a planned one under status=done', async () => {
    expect(nodeIds((await app.get('/api/as-of?date=2016-06')).body)).not.toContain(
      'mission-occitanie-japan-2016',
    );
    const planned = await app.get('/api/as-of?date=2018-12');
    expect(nodeIds(planned.body)).toContain('mission-occitanie-japan-2018');
    const done = await app.get('/api/as-of?date=2018-12&status=done');
    expect(nodeIds(done.body)).not.toContain('mission-occitanie-japan-2018');
    expect(nodeIds(done.body)).toContain('mission-occitanie-japan-2016');
  });
});

describe('GET /api/changes', () => {
  it('lists the Kyoto agreement signed in June 2015, with its citation, oldest first', async () => {
    const response = await app.get('/api/changes?since=2015&until=2015');
    expect(response.status).toBe(200);
    const changes = response.body.changes;
    expect(changes.length).toBeGreaterThan(0);
    const kyoto = changes.find((change: any) => change.element.id === 'agreement-occitanie-kyoto-2015');
    expect(kyoto).toMatchObject({ change: 'signed', element: { label: 'Agreement' } });
    expect(kyoto.date.startsWith('2015')).toBe(true);
    expect(kyoto.citation.quote).toContain('2015');
    expect(kyoto.citation.sourceTitle).toBeTruthy();
    const dates = changes.map((change: any) => change.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('lists the renewal of the Kyoto agreement in December 2016 among the changes of 2016', async () => {
    const response = await app.get('/api/changes?since=2016&until=2016');
    const renewal = response.body.changes.find(
      (change: any) => change.element.id === 'renewal-occitanie-kyoto-2016',
    );
    expect(renewal).toMatchObject({ change: 'renewed', date: '2016-12', element: { label: 'Agreement' } });
    expect(renewal.citation).toMatchObject({ sourceId: 'src-004-occitanie-kyoto-aichi' });
    expect(renewal.citation.quote).toContain('renouvelé en décembre 2016');
    const mission = response.body.changes.find(
      (change: any) => change.element.id === 'mission-occitanie-japan-2016',
    );
    expect(mission).toMatchObject({ change: 'held', date: '2016-12' });
  });

  it('lists the Dijon–Kumamoto memorandum among the changes of October 2023, and not of 2022', async () => {
    const october = await app.get('/api/changes?since=2023-10&until=2023-10');
    expect(october.body.changes.map((change: any) => change.element.id)).toContain('mou-dijon-kumamoto-2023');
    const before = await app.get('/api/changes?since=2022&until=2022');
    expect(before.body.changes.map((change: any) => change.element.id)).not.toContain(
      'mou-dijon-kumamoto-2023',
    );
  });

  it('answers 400 when a bound is missing', async () => {
    const response = await app.get('/api/changes?since=2015');
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain('until');
  });
});

describe('evidence strength', () => {
  it('lists each distinct quote of the Dijon métropole – Préfecture de Kumamoto link once, with its source count', async () => {
    const response = await app.get('/api/partnerships?ids=dijon-metropole');
    const edge = (response.body.graph.edges as Edge[]).find(
      (e) => edgePair(e) === pairKey('dijon-metropole', 'kumamoto-prefecture'),
    );
    expect(edge).toBeDefined();
    const props = (edge as Edge).properties;
    const evidence = props.evidence as any[];
    expect(evidence.length).toBeGreaterThan(0);
    for (const item of evidence) {
      const keys = item.citations.map((c: any) => `${c.sourceId}|${c.quote}`);
      expect(keys.length).toBeGreaterThan(0);
      expect(new Set(keys).size).toBe(keys.length);
      expect(item.sources).toBe(new Set(item.citations.map((c: any) => c.sourceId)).size);
    }
    const edgeKeys = (props.quotes as string[]).map((q, i) => `${props.sources[i]}|${q}`);
    expect(new Set(edgeKeys).size).toBe(edgeKeys.length);
    expect(props.sourceCount).toBe(new Set(props.sources).size);
  });

  it('gives every cited element its count of distinct sources', async () => {
    const response = await app.get('/api/nodes/mou-dijon-kumamoto-2023');
    const node = response.body.node;
    expect(node.properties.sources.length).toBeGreaterThan(0);
    expect(node.properties.sourceCount).toBe(new Set(node.properties.sources).size);
    const neighbours = await app.get('/api/nodes/mou-dijon-kumamoto-2023/neighbours?limit=100');
    expect(neighbours.body.graph.edges.length).toBeGreaterThan(0);
    for (const edge of neighbours.body.graph.edges as Edge[]) {
      expect(edge.properties.sourceCount).toBe(new Set(edge.properties.sources).size);
    }
  });
});

describe('paths avoid generic hubs', () => {
  it('never runs through an intermediate node with more links than maxDegree', async () => {
    const wide = await app.get('/api/paths?from=naro&to=region-occitanie&avoid=none&mode=all-shortest');
    expect(wide.status).toBe(200);
    expect(wide.body.paths.length).toBeGreaterThan(0);
    const intermediate = new Set<string>(wide.body.paths.flatMap((path: any) => path.nodeIds.slice(1, -1)));
    // Organisations, events and agreements are never cut as hubs.
    const exempt = new Set(['Organisation', 'Event', 'Agreement']);
    const hubs = new Set(
      [...intermediate].filter((id) => {
        const node = wide.body.graph.nodes.find((n: { id: string }) => n.id === id);
        return !node.labels.some((label: string) => exempt.has(label));
      }),
    );
    expect(hubs.size).toBeGreaterThan(0);
    const degrees = new Map<string, number>();
    for (const id of hubs) {
      const details = await app.get(`/api/nodes/${id}`);
      const degree = details.body.neighbourCounts
        .filter((group: any) => group.type !== 'MENTIONED_IN')
        .reduce((sum: number, group: any) => sum + group.count, 0);
      degrees.set(id, degree);
    }
    const cut = Math.min(...degrees.values()) - 1;
    const narrow = await app.get(
      `/api/paths?from=naro&to=region-occitanie&avoid=none&mode=all-shortest&maxDegree=${cut}`,
    );
    expect(narrow.status).toBe(200);
    for (const path of narrow.body.paths) {
      for (const id of path.nodeIds.slice(1, -1)) expect(hubs.has(id), id).toBe(false);
    }
  });

  it('connects Dijon métropole to the Préfecture de Kumamoto through visits, without places, each hop done', async () => {
    const response = await app.get(
      '/api/paths?from=dijon-metropole&to=kumamoto-prefecture&types=VISITED,PARTICIPATED_IN&status=done',
    );
    expect(response.status).toBe(200);
    const [path] = response.body.paths;
    expect(path).toBeDefined();
    for (const id of path.nodeIds.slice(1, -1)) {
      const node = response.body.graph.nodes.find((n: { id: string }) => n.id === id);
      expect(node.labels).not.toContain('Place');
    }
    expect(path.hops.map((hop: any) => hop.status)).toEqual(path.hops.map(() => 'done'));
  });

  it('by default cuts Japan (a country of 20 links), never the busy 2025 Expo mission (33 links)', async () => {
    const everyPath = async (from: string, to: string) => {
      const response = await app.get(`/api/paths?from=${from}&to=${to}&avoid=none&mode=all-shortest`);
      expect(response.status).toBe(200);
      return response.body.paths.map((path: any) => path.nodeIds.slice(1, -1)) as string[][];
    };
    const pairs = [
      ['naro', 'region-occitanie'],
      ['naro', 'kyoto-prefecture'],
      ['vitagora', 'aichi-prefecture'],
    ] as const;
    const intermediates = (await Promise.all(pairs.map(([from, to]) => everyPath(from, to)))).flat(2);
    expect(intermediates.length).toBeGreaterThan(0);
    expect(intermediates).not.toContain('place-japan');
    const throughMission = await everyPath('region-bourgogne-franche-comte', 'expo-2025-osaka');
    expect(throughMission.length).toBeGreaterThan(0);
    const viaMission = await app.get(
      '/api/paths?from=patrick-molinoz&to=expo-2025-osaka&avoid=none&mode=all-shortest',
    );
    expect(viaMission.body.paths.flatMap((path: any) => path.nodeIds)).toContain(
      'mission-bfc-expo-osaka-2025',
    );
  });

  it('answers 400 naming maxDegree when it is not a positive whole number', async () => {
    const response = await app.get('/api/paths?from=naro&to=vitagora&maxDegree=0');
    expect(response.status).toBe(400);
    expect(response.body.detail).toContain('maxDegree');
  });
});

/** An article announcing an MoU for May 2026, and a later one reporting it signed. */
function reportOfTheMou(published: string, agreementStatus: string, partyStatus: string) {
  const quote = `a sentence of ${published} about the memorandum`;
  const party = (from: string) => ({
    type: 'PARTY_TO',
    from,
    to: `${prefix}-mou`,
    props: { status: partyStatus },
    quote,
  });
  return {
    source: {
      id: `${prefix}-src-${published}`,
      title: `Report of ${published}`,
      publisher: 'Tests',
      published,
      language: 'en',
    },
    nodes: [
      { id: `${prefix}-city`, label: 'Organisation', kind: 'city', name: 'History test city', quote },
      {
        id: `${prefix}-cluster`,
        label: 'Organisation',
        kind: 'cluster',
        name: 'History test cluster',
        quote,
      },
      {
        id: `${prefix}-mou`,
        label: 'Agreement',
        kind: 'mou',
        name: 'History test memorandum',
        props: { date: '2026-05', status: agreementStatus },
        quote,
      },
    ],
    relationships: [party(`${prefix}-city`), party(`${prefix}-cluster`)],
  };
}

describe('statuses reported by several sources, through the import', () => {
  beforeAll(async () => {
    const response = await app.post(
      '/api/import',
      {
        documents: [
          reportOfTheMou('2026-01', 'announced', 'planned'),
          reportOfTheMou('2026-06', 'signed', 'done'),
        ],
      },
      { authorization: `Bearer ${IMPORT_TOKEN}` },
    );
    expect(response.status).toBe(201);
  });

  it('stores the span, the current status and the history the merge gives', async () => {
    const response = await app.get(`/api/nodes/${prefix}-mou`);
    expect(response.body.node.properties).toMatchObject({
      spanStart: '2026-05-01',
      status: 'signed',
      statusHistory: [`2026-01|announced|${prefix}-src-2026-01`, `2026-06|signed|${prefix}-src-2026-06`],
      sourceCount: 2,
    });
    // Signed, so in force from May 2026 on: no end.
    expect(response.body.node.properties.spanEnd).toBeUndefined();
  });

  it('as of May 2026 the memorandum is announced (only the January article was out); as of June, signed', async () => {
    const evidenceAsOf = async (query: string) => {
      const response = await app.get(`/api/as-of?${query}`);
      expect(response.status).toBe(200);
      const edge = (response.body.graph.edges as Edge[]).find(
        (e) => edgePair(e) === pairKey(`${prefix}-city`, `${prefix}-cluster`),
      );
      return edge?.properties.evidence.find((item: any) => item.id === `${prefix}-mou`);
    };
    expect((await evidenceAsOf('date=2026-05'))?.status).toBe('announced');
    expect((await evidenceAsOf('date=2026-06'))?.status).toBe('signed');
    expect(await evidenceAsOf('date=2026-05&status=done')).toBeUndefined();
    expect((await evidenceAsOf('date=2026-06&status=done'))?.status).toBe('signed');
    // Before its date, the memorandum is what the January article made it: announced.
    expect((await evidenceAsOf('date=2026-04'))?.status).toBe('announced');
    expect(await evidenceAsOf('date=2026-04&status=done')).toBeUndefined();
    expect(await evidenceAsOf('date=2025-12')).toBeUndefined();
  });

  it('what changed in 2026: announced in January, signed in May, each cited from the source that reports it', async () => {
    const response = await app.get('/api/changes?since=2026&until=2026');
    const mine = response.body.changes.filter((change: any) => change.element.id === `${prefix}-mou`);
    expect(mine.map((change: any) => [change.date, change.change, change.citation.sourceId])).toEqual([
      ['2026-01', 'announced', `${prefix}-src-2026-01`],
      ['2026-05', 'signed', `${prefix}-src-2026-06`],
    ]);
  });
});
