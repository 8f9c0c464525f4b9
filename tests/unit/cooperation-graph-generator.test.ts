import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RELATIONSHIP_RULES } from '../../seed/dataset-schema.ts';
import { ACT_RELATIONSHIP_TYPES } from '../../seed/model/statuses.ts';
import { findMisquotes, mergeDocuments } from '../../seed/validate-dataset.ts';
import {
  generateDocuments,
  plannedDegrees,
  SCALE_SIZES,
  TEXTS_FOLDER,
  writeGeneratedDataset,
} from '../bench/scale/cooperation-graph-generator.ts';

const small = { size: 'small', seed: 1 } as const;
const generated = [...generateDocuments(small)];
const temporary: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'generated-graph-'));
  temporary.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** Every file of a folder (texts included) with the hash of its bytes. */
function folderHashes(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    hashes[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return hashes;
}

describe('the cooperation graph generator, small size', () => {
  it('makes documents that the import format accepts as a whole', () => {
    expect(generated.length).toBe(SCALE_SIZES.small.sources);
    const result = mergeDocuments(
      generated.map(({ document }, i) => ({ file: `doc-${i}.json`, data: document })),
    );
    if (!result.ok) expect(result.errors.slice(0, 5)).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.nodes.length).toBeGreaterThan(400);
    expect(result.dataset.nodes.length).toBeLessThan(600);
    expect(result.dataset.relationships.length).toBe(SCALE_SIZES.small.relationships);
  });

  it('quotes every record verbatim from its own source text', () => {
    for (const { document, text } of generated) {
      expect(document.nodes.length + document.relationships.length).toBeGreaterThan(0);
      expect(findMisquotes(document, text)).toEqual([]);
    }
  });

  it('has actors of every kind, with accented and hyphenated names in several languages', () => {
    const nodes = generated.flatMap(({ document }) => document.nodes);
    const kinds = new Set(nodes.map((node) => node.kind));
    for (const kind of [
      'region',
      'departement',
      'city',
      'prefecture',
      'us-state',
      'cluster',
      'company',
      'university',
      'research-institute',
      'country',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    const labels = new Set(nodes.map((node) => node.label));
    expect([...labels].sort()).toEqual([
      'Agreement',
      'Event',
      'Organisation',
      'Person',
      'Place',
      'Programme',
      'Topic',
    ]);
    const names = nodes.map((node) => node.name);
    expect(names.some((name) => /[éèêôâîûç]/.test(name))).toBe(true);
    expect(names.some((name) => /[ōū]/.test(name))).toBe(true);
    expect(names.some((name) => /\w-\w/.test(name))).toBe(true);
    expect(new Set(generated.map(({ document }) => document.source.language))).toEqual(new Set(['fr', 'en']));
  });

  it('gives every place coordinates and every non-country place a parent, so a country can be derived', () => {
    const nodes = generated.flatMap(({ document }) => document.nodes);
    const rels = generated.flatMap(({ document }) => document.relationships);
    const places = nodes.filter((node) => node.label === 'Place');
    expect(places.length).toBeGreaterThan(100);
    const parent = new Map(rels.filter((rel) => rel.type === 'PART_OF').map((rel) => [rel.from, rel.to]));
    const byId = new Map(places.map((place) => [place.id, place]));
    for (const place of places) {
      expect(typeof place.props?.lat).toBe('number');
      let at = place;
      for (let hops = 0; at.kind !== 'country' && hops < 5; hops++)
        at = byId.get(parent.get(at.id) ?? '') ?? at;
      expect(at.kind, place.id).toBe('country');
    }
  });

  it('gives agreements parties, dates and statuses, and acts their statuses', () => {
    const nodes = generated.flatMap(({ document }) => document.nodes);
    const rels = generated.flatMap(({ document }) => document.relationships);
    const agreements = nodes.filter((node) => node.label === 'Agreement');
    expect(agreements.length).toBe(SCALE_SIZES.small.agreements);
    const parties = new Map<string, number>();
    for (const rel of rels) if (rel.type === 'PARTY_TO') parties.set(rel.to, (parties.get(rel.to) ?? 0) + 1);
    for (const agreement of agreements) {
      expect(parties.get(agreement.id) ?? 0, agreement.id).toBeGreaterThanOrEqual(1);
      expect(agreement.props?.date).toMatch(/^\d{4}/);
    }
    const acts = rels.filter((rel) => (ACT_RELATIONSHIP_TYPES as readonly string[]).includes(rel.type));
    expect(acts.length).toBeGreaterThan(100);
    expect(new Set(acts.map((rel) => rel.props?.status))).toEqual(new Set(['done', 'planned', 'cancelled']));
    const types = new Set(rels.map((rel) => rel.type));
    expect(types.size).toBeGreaterThanOrEqual(Object.keys(RELATIONSHIP_RULES).length - 4);
  });

  it('has power-law degrees: the hubs far above the median actor', () => {
    const degrees = plannedDegrees(small)
      .map((node) => node.degree)
      .sort((a, b) => b - a);
    expect(degrees.length).toBeGreaterThan(0);
    const median = degrees[Math.floor(degrees.length / 2)] ?? 0;
    expect(degrees[0]).toBeGreaterThanOrEqual(SCALE_SIZES.small.hubDegree);
    expect(degrees[0]).toBeGreaterThan(20 * Math.max(1, median));
  });

  it('writes byte-identical files for the same seed, and different ones for another seed', async () => {
    const [a, b, c] = [freshDir(), freshDir(), freshDir()];
    const first = await writeGeneratedDataset(a, small);
    await writeGeneratedDataset(b, small);
    await writeGeneratedDataset(c, { size: 'small', seed: 2 });
    expect(first.files.length).toBe(SCALE_SIZES.small.sources);
    expect(readdirSync(path.join(a, TEXTS_FOLDER)).length).toBe(SCALE_SIZES.small.sources);
    expect(folderHashes(a)).toEqual(folderHashes(b));
    expect(folderHashes(a)).not.toEqual(folderHashes(c));
  });

  it('writes the same documents and texts as the in-memory generator', async () => {
    const dir = freshDir();
    const { files } = await writeGeneratedDataset(dir, small);
    expect(files.length).toBe(generated.length);
    for (const [i, file] of files.entries()) {
      const expected = generated[i];
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(expected?.document);
      const textFile = path.join(dir, TEXTS_FOLDER, expected?.document.source.file ?? '');
      expect(readFileSync(textFile, 'utf8')).toBe(expected?.text);
    }
  });
});
