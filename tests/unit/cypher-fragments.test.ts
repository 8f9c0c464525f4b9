import { describe, expect, it } from 'vitest';
import { cypherPassesStatusFilter } from '../../seed/model/statuses.ts';
import { cypherSpanInWindow } from '../../seed/model/time-span.ts';
import { composeQuery } from '../../server/database/cypher-fragments.ts';
import { loadQueryRegistry, QUERY_FILES, type QueryName } from '../../server/database/query-registry.ts';

describe('Cypher fragments composed into the query files', () => {
  it("writes the model's span and status predicates, for any element", () => {
    expect(composeQuery('WHERE {{spanInWindow(r)}}')).toBe(`WHERE ${cypherSpanInWindow('r')}`);
    expect(composeQuery('{{spanInWindow(r)}}')).toContain('r.spanStart <= $windowEnd');
    expect(composeQuery('{{passesStatusFilter(y)}}')).toBe(cypherPassesStatusFilter('y'));
    expect(composeQuery('{{passesStatusFilter(y)}}')).toContain('y.status IN $doneStatuses');
  });

  it('fills slots only from the text it is given, and refuses unknown names', () => {
    expect(composeQuery('MATCH p = {{selector}} (a)', { selector: 'ALL SHORTEST' })).toBe(
      'MATCH p = ALL SHORTEST (a)',
    );
    expect(() => composeQuery('MATCH p = {{selector}} (a)')).toThrow(/no text for the slot \{\{selector\}\}/);
    expect(() => composeQuery('WHERE {{inDateWidow(d)}}')).toThrow(/unknown Cypher fragment/);
  });

  it('leaves no slot or fragment unfilled in any registered query', () => {
    const registry = loadQueryRegistry();
    const names = Object.keys(QUERY_FILES) as QueryName[];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(registry.get(name), name).not.toMatch(/\{\{|\}\}/);
  });

  it('gives the shortest and all-shortest queries their path function from one file, the k shortest its selector', () => {
    const registry = loadQueryRegistry();
    expect(registry.get('shortestPath')).toContain('MATCH path = shortestPath((a)');
    expect(registry.get('allShortestPaths')).toContain('MATCH path = allShortestPaths((a)');
    expect(registry.get('shortestDatedPath')).toContain('MATCH path = SHORTEST 1 (a)');
    expect(registry.get('allShortestDatedPaths')).toContain('MATCH path = ALL SHORTEST (a)');
    expect(registry.get('kShortestPaths')).toContain('MATCH path = SHORTEST 10 (a)');
  });
});
