import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetCheck } from '../../seed/dataset-check.ts';
import { DatasetFileError, fileSource, inMemorySource } from '../../server/import/dataset-reader.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cge-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const quote = 'a sentence that supports the fact';
const doc = {
  nodes: [
    { id: 'acme', label: 'Organisation', name: 'Acme', quote },
    { id: 'beta', label: 'Organisation', name: 'Beta', props: { members: 3, topics: ['a', 'b'] }, quote },
  ],
  relationships: [
    { type: 'COOPERATES_WITH', from: 'acme', to: 'beta', quote },
    { type: 'MEMBER_OF', from: 'acme', to: 'nowhere', quote },
  ],
  // Last on purpose: a streamed document may give its source after its records.
  source: { id: 'src-reader', title: 'T', publisher: 'P', published: '2026', language: 'en' },
};

async function check(source: ReturnType<typeof fileSource>) {
  const visitor = new DatasetCheck();
  await source.visit(visitor);
  return visitor.finish();
}

describe('fileSource (a document streamed from disk)', () => {
  it('hands over the same records as the document in memory, whatever the order of its members', async () => {
    const file = path.join(dir, 'doc.json');
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const streamed = await check(fileSource(file));
    const inMemory = await check(inMemorySource({ file: 'doc.json', data: doc }));
    expect(streamed).toEqual(inMemory);
    expect(streamed.ok).toBe(false);
    if (!streamed.ok) {
      expect(streamed.errors).toEqual([
        expect.objectContaining({
          file: 'doc.json',
          record: expect.stringContaining('relationships[1]'),
          field: 'to',
        }),
      ]);
    }
  });

  it('reports a file that is not valid JSON, or ends too early, as such', async () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(doc).slice(0, 120));
    await expect(check(fileSource(broken))).rejects.toBeInstanceOf(DatasetFileError);
    const garbage = path.join(dir, 'garbage.json');
    writeFileSync(garbage, '{"source": nope}');
    await expect(check(fileSource(garbage))).rejects.toThrow(/not valid JSON/);
  });

  it('checks the document shape: a top-level member the format does not have is refused', async () => {
    const file = path.join(dir, 'extra.json');
    writeFileSync(file, JSON.stringify({ ...doc, relationships: doc.relationships.slice(0, 1), extra: 1 }));
    const result = await check(fileSource(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result.errors)).toContain('extra');
  });
});
