// The rules of corrections without a database: what an edit may change, and what an element keeps
// when one of its sources is retracted.
import { describe, expect, it } from 'vitest';
import { citesOnly, withoutSource } from '../../server/curation/citation-strip.ts';
import { changedKeys, checkEdit, storedEdit } from '../../server/curation/property-edit.ts';

const event = {
  kind: 'node' as const,
  label: 'Event',
  properties: { id: 'e', name: 'Forum', status: 'planned', start: '2026-05' },
};

describe('checkEdit', () => {
  it('accepts a status of the vocabulary and an ISO date', () => {
    expect(checkEdit(event, { status: 'held', start: '2026-05-12' })).toEqual([]);
  });
  it('names the field and what was expected', () => {
    expect(checkEdit(event, { status: 'signed' })).toEqual([
      {
        field: 'properties.status',
        message: expect.stringMatching(/expected one of "planned", "held", "cancelled"/),
      },
    ]);
    expect(checkEdit(event, { start: 'May 2026' })[0]?.message).toMatch(/ISO date/);
    expect(checkEdit(event, { colour: 'red' })[0]?.message).toMatch(/unknown property "colour"/);
    expect(checkEdit(event, { quotes: 'x' })[0]?.message).toMatch(/cannot be edited/);
    expect(checkEdit(event, { derivedCountryId: 'x' })[0]?.message).toMatch(/derived/);
    expect(checkEdit(event, { name: '' })[0]?.field).toBe('properties.name');
  });
  it('keeps the statuses acts must have, and the coordinates of places', () => {
    const visit = {
      kind: 'relationship' as const,
      label: 'VISITED',
      properties: { id: 'v', status: 'done' },
    };
    expect(checkEdit(visit, { status: null })[0]?.message).toMatch(/must say its status/);
    const place = {
      kind: 'node' as const,
      label: 'Place',
      properties: { id: 'p', name: 'Dijon', lat: 47.3, lon: 5 },
    };
    expect(checkEdit(place, { lat: null }).map((issue) => issue.field)).toContain('properties.lat');
    expect(checkEdit(place, { lat: 'north' })[0]?.message).toMatch(/must be a number/);
  });
  it('stores the span recomputed from the edited dates, and records only what changes', () => {
    expect(storedEdit(event, { start: '2026-05-12' })).toMatchObject({
      spanStart: '2026-05-12',
      spanEnd: '2026-05-12',
    });
    expect(changedKeys(event, { status: 'planned', note: 'n' })).toEqual([
      { key: 'note', before: null, after: 'n' },
    ]);
  });
});

describe('withoutSource', () => {
  it('keeps the other citations and the status the latest remaining source reports', () => {
    const properties = {
      sources: ['a', 'b', 'a'],
      quotes: ['qa', 'qb', 'qa2'],
      status: 'signed',
      statusHistory: ['2025-01|announced|b', '2025-06|signed|a'],
    };
    expect(citesOnly(properties, 'a')).toBe(false);
    expect(withoutSource(properties, 'a')).toEqual({
      sources: ['b'],
      quotes: ['qb'],
      sourceCount: 1,
      status: 'announced',
      statusHistory: null,
    });
  });
  it('drops the values only the retracted source gave where sources disagreed', () => {
    const properties = {
      sources: ['a', 'b'],
      quotes: ['qa', 'qb'],
      members: [680, 670],
      membersSources: ['a', 'b'],
    };
    expect(withoutSource(properties, 'a')).toMatchObject({ members: 670, membersSources: null });
  });
  it('says when an element cites only the retracted source', () => {
    expect(citesOnly({ sources: ['a', 'a'] }, 'a')).toBe(true);
    expect(citesOnly({ sources: [] }, 'a')).toBe(false);
  });
});
