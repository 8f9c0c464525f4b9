// Seeded generator of cooperation graphs in the import format (seed/dataset-schema.ts), for the scale
// benchmark and for tests: one document per source, each with its text (texts/<source>.txt) so
// every quote is a verbatim excerpt. The same seed and size give byte-identical files.
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import type {
  DatasetDocument,
  NodeRecord,
  RelationshipRecord,
  SourceRecord,
} from '../../../seed/dataset-schema.ts';
import { nodeRecord, relationshipRecord } from './generated-records.ts';
import { type GraphPlan, planGraph, type ScaleSize } from './graph-plan.ts';
import { SeededRandom } from './seeded-random.ts';

export type { ScaleSize } from './graph-plan.ts';

/**
 * `small` for tests (~500 nodes); `atlas` the size of France's atlas of decentralised cooperation
 * (~15,000 actors, ~12,000 agreements); `stress` 100,000 nodes and 1,000,000 relationships with hubs
 * of ~10,000 links.
 */
export const SCALE_SIZES = {
  small: {
    authorities: 120,
    otherOrganisations: 60,
    people: 40,
    agreements: 90,
    events: 30,
    programmes: 5,
    topics: 12,
    sources: 8,
    relationships: 2_000,
    hubs: 2,
    hubDegree: 150,
    tailOffset: 3,
  },
  atlas: {
    authorities: 12_000,
    otherOrganisations: 1_600,
    people: 1_400,
    agreements: 12_000,
    events: 2_000,
    programmes: 100,
    topics: 24,
    sources: 1_200,
    relationships: 150_000,
    hubs: 4,
    hubDegree: 3_000,
    tailOffset: 40,
  },
  stress: {
    authorities: 20_000,
    otherOrganisations: 18_000,
    people: 12_000,
    agreements: 20_000,
    events: 7_000,
    programmes: 500,
    topics: 60,
    sources: 2_410,
    relationships: 1_000_000,
    hubs: 6,
    hubDegree: 10_000,
    tailOffset: 100,
  },
} as const satisfies Record<string, ScaleSize>;

export type ScaleSizeName = keyof typeof SCALE_SIZES;

export interface GeneratorOptions {
  size: ScaleSizeName | ScaleSize;
  seed: number;
}

/** A document with its source text, one record's quote per line after the title. */
export interface GeneratedDocument {
  document: DatasetDocument;
  text: string;
}

/** The text file a document's quotes come from, relative to the output folder. */
export const TEXTS_FOLDER = 'texts';

const sizeOf = (size: GeneratorOptions['size']): ScaleSize =>
  typeof size === 'string' ? SCALE_SIZES[size] : size;

/** One document's parts, produced lazily so that a big source never sits whole in memory. */
interface DocumentStream {
  source: SourceRecord;
  nodes: () => Generator<{ record: NodeRecord; quote: string }>;
  relationships: () => Generator<{ record: RelationshipRecord; quote: string }>;
}

function* documentStreams(plan: GraphPlan): Generator<DocumentStream> {
  const nodesBySource = groupBySource(
    plan.sources.length,
    plan.nodes.length,
    (i) => plan.nodes[i]?.source ?? 0,
  );
  const relsBySource = groupBySource(plan.sources.length, plan.relFrom.length, (i) => plan.relSource[i] ?? 0);
  const topicIds = plan.nodes.filter((node) => node.label === 'Topic').map((node) => node.id);
  for (const [s, planned] of plan.sources.entries()) {
    const lang = planned.language;
    const source: SourceRecord = {
      id: planned.id,
      title: planned.title,
      publisher: planned.publisher,
      published: planned.published,
      language: lang,
      file: `${planned.id}.txt`,
      note: 'Generated for the scale benchmark: not a real article.',
    };
    // Each document draws from its own generator, so its content does not depend on the others.
    const random = new SeededRandom((plan.seed * 1_000_003 + s) >>> 0);
    yield {
      source,
      *nodes() {
        for (const i of nodesBySource(s)) yield nodeRecord(plan.nodes[i] as GraphPlan['nodes'][number], lang);
      },
      *relationships() {
        for (const i of relsBySource(s)) yield relationshipRecord(plan, i, lang, random, topicIds);
      },
    };
  }
}

/** Indices grouped by source with a counting sort (two Int32Arrays, whatever the count). */
function groupBySource(sources: number, count: number, sourceOf: (i: number) => number) {
  const starts = new Int32Array(sources + 1);
  for (let i = 0; i < count; i++) starts[sourceOf(i) + 1] = (starts[sourceOf(i) + 1] ?? 0) + 1;
  for (let s = 0; s < sources; s++) starts[s + 1] = (starts[s + 1] ?? 0) + (starts[s] ?? 0);
  const order = new Int32Array(count);
  const next = starts.slice(0, sources);
  for (let i = 0; i < count; i++) {
    const s = sourceOf(i);
    order[next[s] ?? 0] = i;
    next[s] = (next[s] ?? 0) + 1;
  }
  return function* (s: number): Generator<number> {
    for (let k = starts[s] ?? 0; k < (starts[s + 1] ?? 0); k++) yield order[k] ?? 0;
  };
}

const textHeader = (source: SourceRecord) => `${source.title}\n${source.publisher}, ${source.published}\n\n`;

/** Whole documents with their texts, for tests on the small size (everything is built in memory). */
export function* generateDocuments(options: GeneratorOptions): Generator<GeneratedDocument> {
  const plan = planGraph(sizeOf(options.size), options.seed);
  for (const stream of documentStreams(plan)) {
    const lines: string[] = [];
    const nodes = [...stream.nodes()].map(({ record, quote }) => {
      lines.push(quote);
      return record;
    });
    const relationships = [...stream.relationships()].map(({ record, quote }) => {
      lines.push(quote);
      return record;
    });
    yield {
      document: { source: stream.source, nodes, relationships },
      text: `${textHeader(stream.source)}${lines.join('\n')}\n`,
    };
  }
}

/** Appends to a file through a buffer of about a megabyte: a stress document is hundreds of them. */
class BufferedFile {
  private parts: string[] = [];
  private size = 0;

  private constructor(private readonly handle: Awaited<ReturnType<typeof open>>) {}

  static async create(file: string): Promise<BufferedFile> {
    return new BufferedFile(await open(file, 'w'));
  }

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }

  private async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await this.handle.write(chunk);
  }
}

/**
 * Writes the generated graph into `dir`: one import document per source (`NNNNN-<source id>.json`,
 * one record per line) and its text in `texts/`. Records are written as they are made, so the stress
 * size never builds a whole document, let alone the whole graph, as one string.
 */
export async function writeGeneratedDataset(
  dir: string,
  options: GeneratorOptions,
): Promise<{ files: string[]; nodes: number; relationships: number; hubs: string[] }> {
  const plan = planGraph(sizeOf(options.size), options.seed);
  await mkdir(path.join(dir, TEXTS_FOLDER), { recursive: true });
  const files: string[] = [];
  for (const [s, stream] of [...documentStreams(plan)].entries()) {
    const file = path.join(dir, `${String(s).padStart(5, '0')}-${stream.source.id}.json`);
    const json = await BufferedFile.create(file);
    const text = await BufferedFile.create(path.join(dir, TEXTS_FOLDER, stream.source.file as string));
    await text.write(textHeader(stream.source));
    await json.write(`{"source":${JSON.stringify(stream.source)},\n"nodes":[`);
    let first = true;
    for (const { record, quote } of stream.nodes()) {
      await json.write(`${first ? '\n' : ',\n'}${JSON.stringify(record)}`);
      await text.write(`${quote}\n`);
      first = false;
    }
    await json.write('],\n"relationships":[');
    first = true;
    for (const { record, quote } of stream.relationships()) {
      await json.write(`${first ? '\n' : ',\n'}${JSON.stringify(record)}`);
      await text.write(`${quote}\n`);
      first = false;
    }
    await json.write(']}\n');
    await Promise.all([json.close(), text.close()]);
    files.push(file);
  }
  return {
    files,
    nodes: plan.nodes.length + plan.sources.length,
    relationships: plan.relFrom.length,
    hubs: plan.hubs.map((i) => plan.nodes[i]?.id ?? ''),
  };
}

/** Degrees per node id over the planned relationships, for reports and tests of the power law. */
export function plannedDegrees(options: GeneratorOptions): { id: string; degree: number }[] {
  const plan = planGraph(sizeOf(options.size), options.seed);
  const degree = new Int32Array(plan.nodes.length);
  for (let i = 0; i < plan.relFrom.length; i++) {
    degree[plan.relFrom[i] ?? 0] = (degree[plan.relFrom[i] ?? 0] ?? 0) + 1;
    degree[plan.relTo[i] ?? 0] = (degree[plan.relTo[i] ?? 0] ?? 0) + 1;
  }
  return plan.nodes.map((node, i) => ({ id: node.id, degree: degree[i] ?? 0 }));
}
