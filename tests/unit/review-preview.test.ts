// What the review screen previews on the canvas (and brings onto it after commit): accepted
// candidates only, merged candidates as the actor they merge into, and a link only when both ends
// will exist.
import { describe, expect, it } from 'vitest';
import type { Candidate, Draft } from '../../client/src/review/draft-types.ts';
import { committedNodeIds, previewGraph } from '../../client/src/review/preview-graph.ts';

const node = (id: string, record: Record<string, unknown>, extra: Partial<Candidate> = {}): Candidate => ({
  id,
  kind: 'node',
  record: { label: 'Organisation', quote: 'a quote of the article', ...record },
  quoteStart: 0,
  quoteEnd: 10,
  rule: 'test',
  confidence: 0.5,
  decision: 'accepted',
  issues: [],
  ...extra,
});
const link = (
  id: string,
  from: string,
  to: string,
  decision: Candidate['decision'] = 'accepted',
): Candidate => ({
  ...node(id, {}),
  kind: 'relationship',
  record: { type: 'PARTY_TO', from, to, quote: 'a quote of the article', props: { status: 'done' } },
  decision,
});

const draft = (candidates: Candidate[]): Draft => ({
  id: 'd-test',
  createdAt: '',
  updatedAt: '',
  createdBy: 'analyst',
  text: '',
  source: { id: 's', title: 't', publisher: 'p', published: '2026', language: 'fr', proposed: {} },
  sentences: [],
  mentions: [],
  candidates,
});

describe('review preview', () => {
  const candidates = [
    node('c1', { id: 'region-occitanie', name: 'Région Occitanie' }, { existingId: 'region-occitanie' }),
    node('c2', { id: 'accord-2026', name: 'Accord 2026', label: 'Agreement', props: { status: 'signed' } }),
    // "Same actor as…" (server side): the candidate is that actor now, its links re-pointed to it.
    node(
      'c3',
      { id: 'cir-kumamoto-prefecture', name: 'CIR' },
      { existingId: 'cir-kumamoto-prefecture', rule: 'same-as' },
    ),
    node('c4', { id: 'pole-x', name: 'Pôle X' }, { decision: 'rejected' }),
    link('c5', 'region-occitanie', 'accord-2026'),
    link('c6', 'cir-kumamoto-prefecture', 'accord-2026'),
    link('c7', 'pole-x', 'accord-2026'),
    link('c8', 'region-occitanie', 'accord-2026', 'pending'),
    link('c9', 'kumamoto-prefecture', 'accord-2026'),
  ];

  it('draws accepted nodes, marks matched and merged actors as existing, and keeps links whose ends will exist', () => {
    const graph = previewGraph(draft(candidates));
    expect(graph.nodes.map((n) => [n.id, n.properties.existing])).toEqual([
      ['region-occitanie', true],
      ['accord-2026', false],
      ['cir-kumamoto-prefecture', true],
    ]);
    expect(graph.nodes[1]?.labels).toEqual(['Agreement']);
    expect(graph.edges.map((e) => [e.id, e.source, e.target])).toEqual([
      ['preview:c5', 'region-occitanie', 'accord-2026'],
      ['preview:c6', 'cir-kumamoto-prefecture', 'accord-2026'],
      // An end that is no candidate is an actor of the graph: the commit links to it.
      ['preview:c9', 'kumamoto-prefecture', 'accord-2026'],
    ]);
  });

  it('brings onto the canvas after commit every node written or linked', () => {
    expect(committedNodeIds(draft(candidates)).sort()).toEqual([
      'accord-2026',
      'cir-kumamoto-prefecture',
      'kumamoto-prefecture',
      'region-occitanie',
    ]);
  });
});
