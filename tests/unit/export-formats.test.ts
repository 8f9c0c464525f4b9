import { describe, expect, it } from 'vitest';
import { csvCell, edgesCsv, needsFormulaGuard, nodesCsv } from '../../client/src/export/formats.ts';
import { graphmlIds, toGraphml } from '../../client/src/export/graphml.ts';
import type { WireEdge, WireNode } from '../../server/contract/graph.ts';

const node = (id: string, properties: WireNode['properties'] = {}): WireNode => ({
  id,
  elementId: `e-${id}`,
  labels: ['Organisation', 'Entity'],
  properties: { id, name: id, ...properties },
});
const edge = (
  source: string,
  type: string,
  target: string,
  properties: WireEdge['properties'] = {},
): WireEdge => ({
  id: `${source}|${type}|${target}`,
  elementId: `r-${source}-${target}`,
  type,
  source,
  target,
  properties,
});
const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);

describe('CSV export: the formula guard (OWASP CSV injection)', () => {
  it.each([
    ['=1+1'],
    ['+1'],
    ['@SUM(A1)'],
    ['-1+1'],
    ["-2+3+cmd|' /C calc'!A0"],
    [' =1+1'],
    ['\u3000=1+1'],
    ['＝1+1'],
    ['＋1'],
    ['－1+1'],
    ['＠SUM(A1)'],
    ['\t=1'],
    ['\tplain'],
    ['\rplain'],
    ['-'],
    ['--1'],
  ])('guards %j with a leading quote', (raw) => {
    expect(needsFormulaGuard(raw)).toBe(true);
    expect(csvCell(raw).replace(/^"/, '')).toMatch(/^'/);
    // The original text follows the quote unchanged.
    expect(csvCell(raw)).toContain(raw.replaceAll('"', '""'));
  });

  it.each([['-3'], ['-3.5'], ['-.5'], ['-1e3'], ['Vitagora'], ['2025-11-20'], ['a=b'], ['']])(
    'leaves %j as it is',
    (raw) => {
      expect(needsFormulaGuard(raw)).toBe(false);
      expect(csvCell(raw)).toBe(raw);
    },
  );

  it('quotes a guarded cell that also holds a comma or a quote', () => {
    expect(csvCell('=HYPERLINK("x", "y")')).toBe(`"'=HYPERLINK(""x"", ""y"")"`);
  });

  it('guards property values in both exports', () => {
    const nodes = [node('a', { name: '＝cmd' }), node('b')];
    expect(rows(nodesCsv(nodes))[1]).toContain("'＝cmd");
    const edges = [edge('a', 'PARTNER_OF', 'b', { role: '-1+1' })];
    expect(rows(edgesCsv(edges))[1]).toContain("'-1+1");
  });
});

describe('CSV export: columns', () => {
  it('has one id column for nodes whose id property is their id', () => {
    const header = rows(nodesCsv([node('vitagora'), node('naro', { kind: 'agency' })]))[0]?.split(',');
    expect(header?.filter((column) => column === 'id')).toEqual(['id']);
    expect(header?.slice(0, 3)).toEqual(['id', 'labels', 'name']);
  });

  it('has one id column for edges whose id property is their id', () => {
    const withProperty = {
      ...edge('a', 'MEMBER_OF', 'b'),
      id: 'rel-a-b',
      properties: { id: 'rel-a-b', since: 2020 },
    };
    const lines = rows(edgesCsv([withProperty]));
    expect(lines[0]?.split(',').filter((column) => column === 'id')).toEqual(['id']);
    expect(lines[1]?.startsWith('rel-a-b,MEMBER_OF,a,b,2020')).toBe(true);
  });

  it('keeps an id property that differs from the id, under its own header', () => {
    const analyst = { ...node('element:4:x:1'), properties: { id: 42, name: 'x' } };
    const lines = rows(nodesCsv([analyst]));
    expect(lines[0]?.split(',')).toContain('property:id');
    expect(lines[0]?.split(',').filter((column) => column === 'id')).toEqual(['id']);
    expect(lines[1]).toContain(',42');
  });
});

describe('GraphML export: ids', () => {
  // xs:NMTOKEN: one or more XML NameChars (ASCII letters, digits, . - _ : and most other letters).
  const NMTOKEN = /^[\p{L}\p{M}\p{N}._:-]+$/u;
  const ids = (xml: string, element: 'node' | 'edge') =>
    [...xml.matchAll(new RegExp(`<${element} id="([^"]*)"`, 'g'))].map((match) => match[1] ?? '');

  it('makes ids valid NMTOKENs, unique, and keeps the original edge id as data', () => {
    const nodes = [node('dijon-metropole'), node('naro'), node('a b'), node('a_b'), node('région')];
    const edges = [
      edge('dijon-metropole', 'PARTNER_OF', 'naro'),
      edge('naro', 'PARTNER_OF', 'dijon-metropole'),
      { ...edge('a b', 'MEMBER_OF', 'a_b'), id: 'a|b' },
      { ...edge('a_b', 'MEMBER_OF', 'a b'), id: 'a_b' },
      edge('région', 'LOCATED_IN', 'naro'),
    ];
    const xml = toGraphml({ nodes, edges });
    const nodeIds = ids(xml, 'node');
    const edgeIds = ids(xml, 'edge');
    expect(nodeIds).toHaveLength(5);
    expect(edgeIds).toHaveLength(5);
    for (const id of [...nodeIds, ...edgeIds]) expect(id).toMatch(NMTOKEN);
    expect(new Set(nodeIds).size).toBe(5);
    expect(new Set(edgeIds).size).toBe(5);
    // Ids that were valid stay as they were, so Gephi shows them as the explorer does.
    expect(nodeIds).toContain('dijon-metropole');
    expect(nodeIds).toContain('région');
    expect(xml).toContain('<data key="e__id">dijon-metropole|PARTNER_OF|naro</data>');
  });

  it('points edges at the GraphML ids of their endpoints', () => {
    const xml = toGraphml({ nodes: [node('a b'), node('a_b')], edges: [edge('a b', 'MEMBER_OF', 'a_b')] });
    const [first, second] = ids(xml, 'node');
    expect(first).not.toBe(second);
    expect(xml).toContain(`source="${first}" target="${second}"`);
  });

  it('maps the same id to the same token and never reuses a token', () => {
    const toId = graphmlIds();
    expect(toId('x|y')).toBe('x_y');
    expect(toId('x_y')).toBe('x_y-2');
    expect(toId('x|y')).toBe('x_y');
    expect(toId('')).toBe('_');
  });
});

describe('exports carry the status the sources report', () => {
  const planned = node('mission', { status: 'planned', statusHistory: ['2025-04|planned|src-001'] });
  const visit = edge('mission', 'VISITED', 'naro', { status: 'planned', spanStart: '2025-04-12' });
  const graph = { nodes: [planned, node('naro')], edges: [visit] };

  it('CSV: a status column, early, with the value', () => {
    const [header, row] = rows(nodesCsv(graph.nodes));
    const columns = header?.split(',') ?? [];
    expect(columns.slice(0, 5)).toEqual(['id', 'labels', 'name', 'status', 'statusHistory']);
    expect(row?.split(',')[3]).toBe('planned');
    const [edgeHeader, edgeRow] = rows(edgesCsv(graph.edges));
    expect(edgeHeader?.split(',')[4]).toBe('status');
    expect(edgeRow?.split(',')[4]).toBe('planned');
  });

  it('GraphML: status as a data key on nodes and edges', () => {
    const xml = toGraphml(graph);
    expect(xml).toMatch(/<key id="[^"]+" for="node" attr\.name="status" attr\.type="string"\/>/);
    expect(xml).toMatch(/<key id="[^"]+" for="edge" attr\.name="status" attr\.type="string"\/>/);
    expect(xml.match(/>planned</g)?.length).toBe(2);
  });
});
