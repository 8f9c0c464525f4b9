// Drafting an article over HTTP against the real database: a French article written for this test
// drafts into known actors (matched to their curated ids), new actors and facts with verbatim quotes;
// the review (PUT) accepts, edits, rejects and merges; the commit imports through the loader and the
// source keeps its text. Bad input writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_ARTICLE } from '../support/draft-article.ts';
import { startTestApp, type TestApp, testConfig } from '../support/test-app.ts';
import { testDriver } from '../support/test-database.ts';

const TOKEN = 'drafts-test-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
const driver = testDriver();
let app: TestApp;
let committedSource: string | undefined;

type Candidate = {
  id: string;
  kind: 'node' | 'relationship';
  record: Record<string, any>;
  quoteStart: number;
  quoteEnd: number;
  rule: string;
  confidence: number;
  existingId?: string;
  decision: string;
  issues: { path: string; message: string }[];
};

const nodeOf = (candidates: Candidate[], id: string) =>
  candidates.find((c) => c.kind === 'node' && c.record.id === id);
const relationshipsOf = (candidates: Candidate[], type: string) =>
  candidates.filter((c) => c.kind === 'relationship' && c.record.type === type);

async function count(query: string, params: Record<string, unknown> = {}): Promise<number> {
  const result = await driver.executeQuery(query, params);
  return result.records[0]?.get('count').toNumber();
}

/** Takes this test's source back out: its own nodes and links, and its citations on curated ones. */
async function removeSource(sourceId: string): Promise<void> {
  for (const pattern of ['(x:Entity)', '()-[x]->()']) {
    await driver.executeQuery(
      `MATCH ${pattern} WHERE $id IN x.sources
       WITH x, [i IN range(0, size(x.sources) - 1) WHERE x.sources[i] <> $id] AS keep
       SET x.sources = [i IN keep | x.sources[i]], x.quotes = [i IN keep | x.quotes[i]]`,
      { id: sourceId },
    );
  }
  await driver.executeQuery('MATCH ()-[r]->() WHERE r.sources = [] DELETE r');
  await driver.executeQuery('MATCH (n:Entity) WHERE n.sources = [] DETACH DELETE n');
  await driver.executeQuery('MATCH (s:Source {id: $id}) DETACH DELETE s', { id: sourceId });
}

beforeAll(async () => {
  app = await startTestApp({ config: testConfig({ WRITE_TOKENS: `analyst:${TOKEN}` }) });
});
afterAll(async () => {
  if (committedSource) await removeSource(committedSource);
  await driver.executeQuery('MATCH (d:Draft) WHERE d.createdBy = "analyst" DETACH DELETE d');
  await app.close();
  await driver.close();
});

describe('POST /api/drafts', () => {
  let draft: any;
  beforeAll(async () => {
    const answer = await app.post(
      '/api/drafts',
      { text: DRAFT_ARTICLE, format: 'text', source: { publisher: 'Tests des brouillons' } },
      auth,
    );
    expect(answer.status).toBe(201);
    draft = answer.body;
  });

  it('proposes the language and the publication date printed in the article', () => {
    expect(draft.source.proposed).toEqual({ language: 'fr', published: '2025-04-22' });
    expect(draft.source.published).toBe('2025-04-22');
    expect(draft.source.title).toBe("Occitanie et Kumamoto : une coopération qui s'accélère");
    expect(draft.createdBy).toBe('analyst');
  });

  it('splits the text into sentences whose offsets cut it at sentence ends', () => {
    expect(draft.sentences.length).toBeGreaterThan(8);
    const texts = draft.sentences.map((s: { start: number; end: number }) =>
      draft.text.slice(s.start, s.end),
    );
    expect(texts).toContain(
      'Marc Dubois, président de la Fondation Toulouse Aéro, accompagnait la délégation.',
    );
  });

  it('matches actors already in the graph to their curated ids, whatever the accents, hyphens and elisions', () => {
    const known = Object.fromEntries(
      draft.candidates
        .filter((c: Candidate) => c.existingId)
        .map((c: Candidate) => [c.existingId, c.decision]),
    );
    // "la Region Occitanie" (no accent), "du NARO", "l'AER BFC", "Bourgogne Franche-Comte", "à Kumamoto".
    for (const id of [
      'region-occitanie',
      'carole-delga',
      'naro',
      'aer-bfc',
      'place-bourgogne-franche-comte',
      'place-kumamoto',
      'kumamoto-prefecture',
    ]) {
      expect(known[id], id).toBe('accepted');
    }
    const spans = draft.mentions.map((m: { text: string }) => m.text);
    expect(spans).toEqual(
      expect.arrayContaining(['Region Occitanie', 'NARO', 'AER BFC', 'Bourgogne Franche-Comte']),
    );
    // No new actor duplicates a known one.
    const newNames = draft.candidates
      .filter((c: Candidate) => c.kind === 'node' && !c.existingId)
      .map((c: Candidate) => c.record.id);
    expect(newNames).not.toContain('region-occitanie-2');
  });

  it('proposes new actors: organisations announced by their kind, and a person', () => {
    const university = nodeOf(draft.candidates, 'universite-de-kumamoto');
    expect(university?.record).toMatchObject({
      label: 'Organisation',
      name: 'Université de Kumamoto',
      kind: 'university',
    });
    expect(university?.decision).toBe('pending');
    expect(nodeOf(draft.candidates, 'fondation-toulouse-aero')?.record.kind).toBe('foundation');
    expect(nodeOf(draft.candidates, 'marc-dubois')?.record.label).toBe('Person');
  });

  it('reads an agreement signed and one to be signed, with parties, date and status', () => {
    const agreements = draft.candidates.filter((c: Candidate) => c.record.label === 'Agreement');
    expect(agreements.length).toBe(2);
    const signed = agreements.find((c: Candidate) => c.record.props.status === 'signed');
    const announced = agreements.find((c: Candidate) => c.record.props.status === 'announced');
    expect(signed.record.props.date).toBe('2025-04-14');
    expect(announced.record.props.date).toBe('2025-09');
    const partiesOf = (agreement: Candidate) =>
      relationshipsOf(draft.candidates, 'PARTY_TO')
        .filter((r) => r.record.to === agreement.record.id)
        .map((r) => [r.record.from, r.record.props.status]);
    expect(partiesOf(signed)).toEqual([
      ['region-occitanie', 'done'],
      ['kumamoto-prefecture', 'done'],
    ]);
    expect(partiesOf(announced)).toEqual([
      ['region-occitanie', 'planned'],
      ['universite-de-kumamoto', 'planned'],
    ]);
  });

  it('reads a delegation with its leader, its dates and where it went', () => {
    const events = draft.candidates.filter((c: Candidate) => c.record.label === 'Event');
    expect(events.length).toBe(1);
    const [event] = events;
    expect(event.record.props).toEqual({ status: 'held', start: '2025-04-12', end: '2025-04-19' });
    const led = relationshipsOf(draft.candidates, 'LED').map((r) => [r.record.from, r.record.to]);
    expect(led).toEqual([['carole-delga', event.record.id]]);
    const visited = relationshipsOf(draft.candidates, 'VISITED').map((r) => r.record.to);
    expect(visited).toEqual(['place-kumamoto']);
  });

  it('reads a role and a membership', () => {
    const [role] = relationshipsOf(draft.candidates, 'HOLDS_ROLE');
    expect(role?.record).toMatchObject({
      from: 'marc-dubois',
      to: 'fondation-toulouse-aero',
      props: { title: 'président de la Fondation Toulouse Aéro' },
    });
    const [member] = relationshipsOf(draft.candidates, 'MEMBER_OF');
    expect(member?.record).toMatchObject({ from: 'fondation-toulouse-aero', to: 'pole-aerospace-valley' });
  });

  it('gives every candidate a verbatim quote at its offsets, its rule and a confidence, and no issue', () => {
    expect(draft.candidates.length).toBeGreaterThan(20);
    for (const c of draft.candidates as Candidate[]) {
      expect(draft.text.slice(c.quoteStart, c.quoteEnd), c.id).toBe(c.record.quote);
      expect(c.record.quote.length).toBeLessThanOrEqual(320);
      expect(c.rule).toMatch(/^[a-z-]+$/);
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(c.issues, c.id).toEqual([]);
    }
    for (const mention of draft.mentions) {
      expect(draft.text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(draft.candidates.some((c: Candidate) => c.id === mention.candidateId)).toBe(true);
    }
  });

  it('keeps the draft: it reads back and is listed', async () => {
    const again = await app.get(`/api/drafts/${draft.id}`, { skipContractCheck: 'GET sends no token here' });
    expect(again.status).toBe(401);
    const read = await fetch(`${app.baseUrl}/api/drafts/${draft.id}`, { headers: auth });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(draft);
    const list = await fetch(`${app.baseUrl}/api/drafts`, { headers: auth });
    const { drafts } = await list.json();
    const summary = drafts.find((d: { id: string }) => d.id === draft.id);
    expect(summary).toMatchObject({
      title: draft.source.title,
      createdBy: 'analyst',
      candidates: draft.candidates.length,
    });
    expect(summary.accepted).toBe(
      draft.candidates.filter((c: Candidate) => c.decision === 'accepted').length,
    );
  });

  it('reviews (edit, reject, merge into an existing actor), commits once, and the graph holds the facts with the text', async () => {
    const candidates = draft.candidates as Candidate[];
    const chamber = nodeOf(candidates, 'chambre-de-commerce-franco-japonaise') as Candidate;
    const pole = nodeOf(candidates, 'pole-aerospace-valley') as Candidate;
    const announced = candidates.find(
      (c) => c.record.label === 'Agreement' && c.record.props.status === 'announced',
    ) as Candidate;
    const shorter = "signeront un protocole d'entente en septembre 2025";
    const updates = [
      ...candidates
        .filter((c) => c.decision === 'pending' && c !== pole)
        .map((c) => ({ id: c.id, decision: 'accepted' })),
      { id: pole.id, decision: 'rejected' },
      { id: chamber.id, sameAs: 'ccifj' },
      {
        id: announced.id,
        record: {
          ...announced.record,
          name: 'Protocole d’entente Occitanie – Université de Kumamoto',
          quote: shorter,
        },
      },
    ];
    const put = await app.send('PUT', `/api/drafts/${draft.id}`, { candidates: updates }, auth);
    expect(put.status).toBe(200);
    const reviewed = put.body;
    const edited = reviewed.candidates.find((c: Candidate) => c.id === announced.id);
    expect(reviewed.text.slice(edited.quoteStart, edited.quoteEnd)).toBe(shorter);
    expect(edited.record.quote).toBe(shorter);
    const merged = reviewed.candidates.find((c: Candidate) => c.id === chamber.id);
    expect(merged).toMatchObject({ existingId: 'ccifj', decision: 'accepted', record: { id: 'ccifj' } });
    const cooperation = relationshipsOf(reviewed.candidates, 'COOPERATES_WITH')[0];
    expect(cooperation?.record.to).toBe('ccifj');
    // The membership's end is rejected: it says so, and will not be imported.
    const membership = relationshipsOf(reviewed.candidates, 'MEMBER_OF')[0];
    expect(membership?.issues[0]?.message).toMatch(/rejected/);

    // A quote that is not in the article is an issue on its candidate.
    const role = relationshipsOf(reviewed.candidates, 'HOLDS_ROLE')[0] as Candidate;
    const badQuote = await app.send(
      'PUT',
      `/api/drafts/${draft.id}`,
      {
        candidates: [{ id: role.id, record: { ...role.record, quote: 'Marc Dubois dirige la fondation.' } }],
      },
      auth,
    );
    expect(badQuote.body.candidates.find((c: Candidate) => c.id === role.id).issues[0].path).toBe('quote');
    const refused = await app.post(`/api/drafts/${draft.id}/commit`, {}, auth);
    expect(refused.status).toBe(422);
    expect(refused.body.candidates[0].id).toBe(role.id);
    expect(await count('MATCH (s:Source {id: $id}) RETURN count(s) AS count', { id: draft.source.id })).toBe(
      0,
    );
    await app.send(
      'PUT',
      `/api/drafts/${draft.id}`,
      { candidates: [{ id: role.id, record: role.record }] },
      auth,
    );

    const commit = await app.post(`/api/drafts/${draft.id}/commit`, {}, auth);
    expect(commit.status).toBe(201);
    committedSource = commit.body.sourceId;
    expect(commit.body.sourceId).toBe(draft.source.id);
    // New: the university, the foundation, Marc Dubois, two agreements, the delegation.
    expect(commit.body.nodes).toBe(6);

    const role2 = await driver.executeQuery(
      'MATCH (:Person {id: "marc-dubois"})-[r:HOLDS_ROLE]->(:Organisation {id: "fondation-toulouse-aero"}) RETURN r.quotes AS quotes, r.sources AS sources',
    );
    expect(role2.records[0]?.get('sources')).toEqual([draft.source.id]);
    expect(role2.records[0]?.get('quotes')).toEqual([role.record.quote]);
    const coop = await driver.executeQuery(
      'MATCH (:Organisation {id: "fondation-toulouse-aero"})-[r:COOPERATES_WITH]->(:Organisation {id: "ccifj"}) RETURN count(r) AS count',
    );
    expect(coop.records[0]?.get('count').toNumber()).toBe(1);
    expect(
      await count('MATCH (n {id: "chambre-de-commerce-franco-japonaise"}) RETURN count(n) AS count'),
    ).toBe(0);
    expect(await count('MATCH (n {id: "pole-aerospace-valley"}) RETURN count(n) AS count')).toBe(0);
    const agreement = await driver.executeQuery(
      'MATCH (a:Agreement {id: $id})<-[p:PARTY_TO]-(o) RETURN a.status AS status, a.quotes AS quotes, collect(o.id) AS parties',
      { id: announced.record.id },
    );
    expect(agreement.records[0]?.get('status')).toBe('announced');
    expect(agreement.records[0]?.get('quotes')).toEqual([shorter]);
    expect([...(agreement.records[0]?.get('parties') ?? [])].sort()).toEqual([
      'region-occitanie',
      'universite-de-kumamoto',
    ]);
    const led = await driver.executeQuery(
      'MATCH (:Person {id: "carole-delga"})-[:LED]->(e:Event) RETURN e.start AS start, e.end AS end',
    );
    expect(led.records.map((r) => [r.get('start'), r.get('end')])).toContainEqual([
      '2025-04-12',
      '2025-04-19',
    ]);

    const text = await app.get(`/api/sources/${draft.source.id}/text`);
    expect(text.status).toBe(200);
    expect(text.body).toEqual({ sourceId: draft.source.id, text: draft.text });
    const source = await app.get(`/api/sources/${draft.source.id}`);
    expect(source.body.source.properties.hasText).toBe(true);
    expect(source.body.source.properties.text).toBeUndefined();

    // The draft is gone once committed: a second commit is refused and writes nothing more.
    const again = await app.post(`/api/drafts/${draft.id}/commit`, {}, auth);
    expect(again.status).toBe(404);
    expect(again.body.detail).toMatch(/draft/);
  });
});

describe('GET /api/sources/:id/text', () => {
  it('is 404 for a source imported without its text', async () => {
    const answer = await app.get('/api/sources/src-002-dijon-kumamoto/text');
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('no-source-text');
  });
});

describe('bad input writes nothing', () => {
  const drafts = () => count('MATCH (d:Draft) RETURN count(d) AS count');

  it('refuses a draft without a write token, an article too big, or an unknown format', async () => {
    const before = await drafts();
    const noToken = await app.post('/api/drafts', { text: DRAFT_ARTICLE, format: 'text' });
    expect(noToken.status).toBe(401);
    expect(noToken.body.detail).toMatch(/write token/);

    const tooLong = await app.post('/api/drafts', { text: 'a'.repeat(500_001), format: 'text' }, auth);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.detail).toMatch(/at most 500000 characters/);

    const tooBig = await app.post('/api/drafts', { text: 'é'.repeat(2_200_000), format: 'text' }, auth);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.detail).toMatch(/500 kB/);

    const format = await app.post('/api/drafts', { text: DRAFT_ARTICLE, format: 'pdf' }, auth);
    expect(format.status).toBe(400);
    expect(format.body.detail).toMatch(/format must be one of text, markdown, html/);

    const empty = await app.post('/api/drafts', { text: '<script>alert(1)</script>', format: 'html' }, auth);
    expect(empty.status).toBe(400);
    expect(empty.body.detail).toMatch(/holds no text/);
    expect(await drafts()).toBe(before);
  });

  it('reduces HTML to its text, scripts and styles dropped, and discards a draft', async () => {
    const html = `<html><head><style>p{color:red}</style><script>var x = "Vitagora";</script></head>
      <body><h1>Titre</h1><p>Le pôle <b>Vitagora</b> et le NARO ont signé un accord de coopération en 2025.</p></body></html>`;
    const answer = await app.post(
      '/api/drafts',
      { text: html, format: 'html', source: { title: 'HTML' } },
      auth,
    );
    expect(answer.status).toBe(201);
    expect(answer.body.text).not.toMatch(/color|var x/);
    expect(answer.body.text).toContain(
      'Le pôle Vitagora et le NARO ont signé un accord de coopération en 2025.',
    );
    const mentions = answer.body.mentions.map((m: { text: string }) => m.text);
    expect(mentions).toEqual(['pôle Vitagora', 'NARO']);
    // No publisher yet: the source says what it lacks.
    expect(answer.body.source.issues.map((i: { path: string }) => i.path)).toContain('publisher');
    const gone = await app.send('DELETE', `/api/drafts/${answer.body.id}`, undefined, auth);
    expect(gone.status).toBe(204);
    const again = await app.send('DELETE', `/api/drafts/${answer.body.id}`, undefined, auth);
    expect(again.status).toBe(404);
  });

  it('refuses an update naming a candidate the draft does not have', async () => {
    const created = await app.post('/api/drafts', { text: DRAFT_ARTICLE, format: 'markdown' }, auth);
    const answer = await app.send(
      'PUT',
      `/api/drafts/${created.body.id}`,
      { candidates: [{ id: 'c999', decision: 'accepted' }] },
      auth,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toMatch(/no candidate "c999"/);
    const sameAs = await app.send(
      'PUT',
      `/api/drafts/${created.body.id}`,
      { candidates: [{ id: 'c1', sameAs: 'no-such-node' }] },
      auth,
    );
    expect(sameAs.status).toBe(400);
    expect(sameAs.body.detail).toMatch(/no node "no-such-node"/);
    await app.send('DELETE', `/api/drafts/${created.body.id}`, undefined, auth);
  });
});
