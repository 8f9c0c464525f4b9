// A small import document for the import's own tests (many records, so that the write takes many
// batches): organisations in cities, cooperating with each other. Not a realistic generator (see
// tests/bench/scale for that); only what the atomicity and plan tests need, uniquely keyed by `tag`.
import { writeFileSync } from 'node:fs';

export interface ImportDocumentOptions {
  tag: string;
  organisations: number;
  relationships: number;
  /** Existing nodes (id and label) that some relationships point to, to test updates and links. */
  linkTo?: { id: string; label: 'Organisation' }[];
}

const QUOTE = 'the partners signed a cooperation agreement';

export function importDocument(options: ImportDocumentOptions) {
  const { tag, organisations } = options;
  const places = Math.max(1, Math.floor(organisations / 20));
  const org = (i: number) => `org-${tag}-${i}`;
  const nodes: Record<string, unknown>[] = [];
  for (let i = 0; i < places; i++) {
    nodes.push({
      id: `city-${tag}-${i}`,
      label: 'Place',
      kind: 'city',
      name: `City ${i}`,
      props: { lat: 40 + (i % 10), lon: 2 + (i % 7) },
      quote: QUOTE,
    });
  }
  for (let i = 0; i < organisations; i++) {
    nodes.push({
      id: org(i),
      label: 'Organisation',
      kind: 'local-authority',
      name: `Authority ${i}`,
      quote: QUOTE,
    });
  }
  const relationships: Record<string, unknown>[] = [];
  for (let i = 0; i < organisations && relationships.length < options.relationships; i++) {
    relationships.push({ type: 'LOCATED_IN', from: org(i), to: `city-${tag}-${i % places}`, quote: QUOTE });
  }
  for (const [n, existing] of (options.linkTo ?? []).entries()) {
    relationships.push({
      type: 'MEMBER_OF',
      from: org(n),
      to: existing.id,
      props: { since: '2026' },
      quote: QUOTE,
    });
  }
  // Pairs (i, i + step): distinct for every step below half the organisations.
  for (let step = 1; relationships.length < options.relationships; step++) {
    for (let i = 0; i < organisations && relationships.length < options.relationships; i++) {
      relationships.push({
        type: 'COOPERATES_WITH',
        from: org(i),
        to: org((i + step) % organisations),
        key: `s${step}`,
        props: { since: String(2000 + (i % 25)) },
        quote: QUOTE,
      });
    }
  }
  return {
    source: {
      id: `src-${tag}`,
      title: `Generated ${tag}`,
      publisher: 'Tests',
      published: '2026-11',
      language: 'en',
    },
    nodes,
    relationships,
  };
}

export function writeImportDocument(file: string, options: ImportDocumentOptions) {
  const doc = importDocument(options);
  writeFileSync(file, JSON.stringify(doc));
  return doc;
}
