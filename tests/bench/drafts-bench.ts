// `npm run bench:drafts`: the drafter scored on the five curated articles, and its speed.
// Each article is drafted against the curated actors of the OTHER documents (its own actors are
// unknown to the graph, as for a new article; those the others also name stay known), then scored
// against its curated document: actor recall (curated organisations and people found as mentions or
// candidates), recall and precision of agreements, roles and memberships. Then the draft time of a
// 10,000-character article against the curated names and against 100,000 names. The drafter runs
// in process: the code POST /api/drafts runs (buildDraftContent), without HTTP and storage.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatasetDocument } from '../../seed/dataset-schema.ts';
import { buildDraftContent } from '../../server/drafts/draft-builder.ts';
import { type KnownActor, NameMatcher } from '../../server/drafts/name-matcher.ts';
import { foldName } from '../../server/drafts/text-fold.ts';
import { REPO_ROOT } from '../../server/shared/config.ts';
import { DRAFT_ARTICLE } from '../support/draft-article.ts';
import { companyName, personName, placeName } from './scale/generated-names.ts';
import { SeededRandom } from './scale/seeded-random.ts';

const SEEDS = path.resolve(REPO_ROOT, '..', 'shared', 'seeds');
const DATA = path.join(REPO_ROOT, 'seed', 'data');
const ACTOR_LABELS = ['Organisation', 'Person'];
const MATCHED_LABELS = ['Organisation', 'Person', 'Place', 'Programme'];

const documents = readdirSync(DATA)
  .filter((file) => /^00\d.*\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(path.join(DATA, file), 'utf8')) as DatasetDocument);
const reference = readdirSync(DATA)
  .filter((file) => /^9\d\d.*\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(path.join(DATA, file), 'utf8')) as DatasetDocument);

const actorOf = (node: DatasetDocument['nodes'][number]): KnownActor => ({
  id: node.id,
  label: node.label,
  name: node.name,
  names: [node.nameEn, ...(node.aliases ?? [])].filter((n): n is string => typeof n === 'string'),
});

/** Names a curated node is known by, folded. */
const foldedNames = (node: DatasetDocument['nodes'][number]) =>
  [node.name, node.nameEn, ...(node.aliases ?? [])].filter((n): n is string => !!n).map(foldName);

/** A candidate's name stands for a curated name when equal, or one holds the other and is most of it. */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.includes(short) && short.length / long.length >= 0.6;
}

interface Score {
  found: number;
  total: number;
  correct: number;
  proposed: number;
}
const score = (): Score => ({ found: 0, total: 0, correct: 0, proposed: 0 });
const add = (a: Score, b: Score) => {
  a.found += b.found;
  a.total += b.total;
  a.correct += b.correct;
  a.proposed += b.proposed;
};
const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)} %`);

function scoreArticle(doc: DatasetDocument, others: DatasetDocument[]) {
  const known = new Map<string, KnownActor>();
  for (const other of [...others, ...reference]) {
    for (const node of other.nodes)
      if (MATCHED_LABELS.includes(node.label)) known.set(node.id, actorOf(node));
  }
  const text = readFileSync(path.join(SEEDS, doc.source.file as string), 'utf8');
  const started = performance.now();
  const draft = buildDraftContent(text.replace(/\r\n?/g, '\n'), new NameMatcher([...known.values()]));
  const ms = performance.now() - started;

  // Each candidate node resolved to a curated id of this document: by id, else by name.
  const curated = doc.nodes;
  const resolved = new Map<string, string>();
  for (const c of draft.candidates) {
    if (c.kind !== 'node') continue;
    const id = String(c.record.id);
    const direct = curated.find((n) => n.id === (c.existingId ?? id));
    const byName =
      direct ??
      curated.find((n) => foldedNames(n).some((name) => sameName(name, foldName(String(c.record.name)))));
    if (byName) resolved.set(id, byName.id);
  }
  const ids = new Set(resolved.values());
  const actors = score();
  const missedActors: string[] = [];
  for (const node of curated.filter((n) => ACTOR_LABELS.includes(n.label))) {
    actors.total++;
    if (ids.has(node.id)) actors.found++;
    else missedActors.push(node.name);
  }
  actors.proposed = draft.candidates.filter(
    (c) => c.kind === 'node' && ACTOR_LABELS.includes(String(c.record.label)),
  ).length;
  actors.correct = draft.candidates.filter(
    (c) =>
      c.kind === 'node' && ACTOR_LABELS.includes(String(c.record.label)) && resolved.has(String(c.record.id)),
  ).length;

  const end = (id: unknown) => resolved.get(String(id)) ?? String(id);
  const pairs = (type: string) => ({
    curated: doc.relationships.filter((r) => r.type === type).map((r) => `${r.from}|${r.to}`),
    drafted: draft.candidates
      .filter((c) => c.kind === 'relationship' && c.record.type === type)
      .map((c) => `${end(c.record.from)}|${end(c.record.to)}`),
  });
  const pairScore = (type: string): Score => {
    const { curated: wanted, drafted } = pairs(type);
    const wantedSet = new Set(wanted);
    const draftedSet = new Set(drafted);
    return {
      total: wantedSet.size,
      found: [...wantedSet].filter((p) => draftedSet.has(p)).length,
      proposed: draftedSet.size,
      correct: [...draftedSet].filter((p) => wantedSet.has(p)).length,
    };
  };

  // An agreement is found when a drafted agreement shares two of its parties (or its only one).
  const partiesOf = (records: { from: string; to: string }[], agreement: string) =>
    new Set(records.filter((r) => r.to === agreement).map((r) => r.from));
  const curatedAgreements = curated
    .filter((n) => n.label === 'Agreement')
    .map((n) =>
      partiesOf(
        doc.relationships.filter((r) => r.type === 'PARTY_TO'),
        n.id,
      ),
    );
  const draftedParty = draft.candidates
    .filter((c) => c.kind === 'relationship' && c.record.type === 'PARTY_TO')
    .map((c) => ({ from: end(c.record.from), to: String(c.record.to) }));
  const draftedAgreements = draft.candidates
    .filter((c) => c.kind === 'node' && c.record.label === 'Agreement')
    .map((c) => partiesOf(draftedParty, String(c.record.id)));
  const matches = (a: Set<string>, b: Set<string>) => {
    const shared = [...a].filter((p) => b.has(p)).length;
    return shared >= Math.min(2, a.size) && shared > 0;
  };
  const agreements: Score = {
    total: curatedAgreements.length,
    found: curatedAgreements.filter((a) => draftedAgreements.some((d) => matches(a, d))).length,
    proposed: draftedAgreements.length,
    correct: draftedAgreements.filter((d) => curatedAgreements.some((a) => matches(a, d))).length,
  };
  return {
    file: doc.source.file,
    chars: text.length,
    ms,
    missedActors,
    actors,
    agreements,
    roles: pairScore('HOLDS_ROLE'),
    memberships: pairScore('MEMBER_OF'),
  };
}

/** A 10,000-character article: the test article repeated, each copy naming other actors. */
function tenThousandChars(): string {
  let text = '';
  for (let i = 0; text.length < 10_000; i++)
    text += `${DRAFT_ARTICLE.replaceAll('Marc Dubois', `Marc Dubois${'e'.repeat(i % 3)}`)}\n`;
  return text.slice(0, 10_000);
}

function hundredThousandNames(): KnownActor[] {
  const random = new SeededRandom(11);
  const actors: KnownActor[] = [];
  const langs = ['fr', 'ja', 'en'] as const;
  for (let i = 0; actors.length < 100_000; i++) {
    const lang = langs[i % 3] as (typeof langs)[number];
    const place = placeName(random, lang);
    const kind = i % 4;
    const name =
      kind === 0
        ? personName(random, lang)
        : kind === 1
          ? companyName(random, lang, place)
          : kind === 2
            ? `Ville de ${place}`
            : place;
    actors.push({
      id: `gen-${i}`,
      label: kind === 0 ? 'Person' : kind === 3 ? 'Place' : 'Organisation',
      name: `${name} ${i}`,
      names: [`${name.split(' ')[0]}-${i}`],
    });
  }
  return actors;
}

function timed(text: string, matcher: NameMatcher, runs = 5): { medianMs: number; maxMs: number } {
  buildDraftContent(text, matcher);
  const times = Array.from({ length: runs }, () => {
    const started = performance.now();
    buildDraftContent(text, matcher);
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return {
    medianMs: Math.round(times[Math.floor(runs / 2)] as number),
    maxMs: Math.round(times[runs - 1] as number),
  };
}

const articles = documents.map((doc) =>
  scoreArticle(
    doc,
    documents.filter((d) => d !== doc),
  ),
);
const totals = { actors: score(), agreements: score(), roles: score(), memberships: score(), facts: score() };
for (const a of articles) {
  add(totals.actors, a.actors);
  for (const key of ['agreements', 'roles', 'memberships'] as const) {
    add(totals[key], a[key]);
    add(totals.facts, a[key]);
  }
}

const curatedActors = [...documents, ...reference]
  .flatMap((d) => d.nodes)
  .filter((n) => MATCHED_LABELS.includes(n.label))
  .map(actorOf);
const curatedMatcher = new NameMatcher(curatedActors);
const buildStarted = performance.now();
const bigMatcher = new NameMatcher([...curatedActors, ...hundredThousandNames()]);
const bigBuildMs = Math.round(performance.now() - buildStarted);
const article = tenThousandChars();
const speed = {
  curated: timed(article, curatedMatcher),
  hundredThousand: timed(article, bigMatcher),
  bigBuildMs,
  names: bigMatcher.size,
};

const row = (name: string, s: Score) =>
  `| ${name} | ${s.found}/${s.total} (${pct(s.found, s.total)}) | ${s.correct}/${s.proposed} (${pct(s.correct, s.proposed)}) |`;
console.log(
  `Drafter benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}\n`,
);
console.log(
  '| Article | chars | draft ms | actors found | agreements found | roles found | memberships found |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const a of articles) {
  const f = (s: Score) => `${s.found}/${s.total}`;
  console.log(
    `| ${a.file} | ${a.chars} | ${Math.round(a.ms)} | ${f(a.actors)} | ${f(a.agreements)} | ${f(a.roles)} | ${f(a.memberships)} |`,
  );
}
console.log('\n| What | recall | precision |');
console.log('| --- | ---: | ---: |');
console.log(row('Actors (organisations, people)', totals.actors));
console.log(row('Agreements', totals.agreements));
console.log(row('Roles (HOLDS_ROLE)', totals.roles));
console.log(row('Memberships (MEMBER_OF)', totals.memberships));
console.log(row('Facts (the three together)', totals.facts));
console.log(
  `\nDraft of a 10,000-character article: ${speed.curated.medianMs} ms median (max ${speed.curated.maxMs}) against the curated names (${curatedMatcher.size}); ${speed.hundredThousand.medianMs} ms median (max ${speed.hundredThousand.maxMs}) against ${speed.names} names (automaton built in ${bigBuildMs} ms, once per import).`,
);

const out = path.join(REPO_ROOT, 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(
  path.join(out, 'drafts.json'),
  JSON.stringify({ date: new Date().toISOString(), articles, totals, speed }, null, 2),
);
