// The canvas's date window and status filter, driven by the shared table of date cases: the client
// must keep exactly what the model's rule (and so the server's Cypher) keeps.
import { describe, expect, it } from 'vitest';
import { edgeInWindow, nodeInWindow, windowOfYears } from '../../client/src/graph/date-filter.ts';
import { drawnStatus, passesFilter, sourceCount } from '../../client/src/graph/evidence-marks.ts';
import type { JsonValue } from '../../server/contract/graph.ts';
import { TIME_SPAN_CASES, type TimeSpanCase } from '../support/time-span-cases.ts';

type Props = Record<string, JsonValue>;

function kept(example: TimeSpanCase, props: Props): boolean {
  return example.kind.label
    ? nodeInWindow(example.kind.label, props, example.window)
    : edgeInWindow(example.kind.type ?? '', props, example.window);
}

describe('the canvas date window (shared table of cases)', () => {
  it('has cases', () => expect(TIME_SPAN_CASES.length).toBeGreaterThan(10));

  it.each(TIME_SPAN_CASES)('stored span: $name', (example) => {
    const stored: Props = example.span
      ? { spanStart: example.span.start, ...(example.span.end ? { spanEnd: example.span.end } : {}) }
      : {};
    expect(kept(example, stored)).toBe(example.kept);
  });

  it.each(TIME_SPAN_CASES)('no stored span, dates only: $name', (example) => {
    expect(kept(example, example.dates as Props)).toBe(example.kept);
  });

  it('prefers the stored span over the dates it was computed from', () => {
    // Stored: in force from 2015 on; the raw date alone would read as a point in 2015.
    const props: Props = { date: '2015-06', spanStart: '2015-06-01' };
    expect(edgeInWindow('VISITED', props, { since: '2016', until: '2018' })).toBe(true);
    expect(edgeInWindow('VISITED', { date: '2015-06' }, { since: '2016', until: '2018' })).toBe(false);
  });

  it('keeps NARO’s membership of Vitagora since 2020 as partnership evidence in 2023–2025', () => {
    const partnership: Props = {
      evidence: [{ kind: 'membership', type: 'MEMBER_OF', id: 'r1', date: '2020', status: null }],
    };
    expect(edgeInWindow('PARTNERS_WITH', partnership, windowOfYears({ since: 2023, until: 2025 }))).toBe(
      true,
    );
    const visit: Props = { evidence: [{ kind: 'cooperation', type: 'VISITED', id: 'r2', date: '2020' }] };
    expect(edgeInWindow('PARTNERS_WITH', visit, windowOfYears({ since: 2023, until: 2025 }))).toBe(false);
  });

  it('keeps everything without a window', () => {
    expect(nodeInWindow('Event', { date: '1990' }, null)).toBe(true);
  });
});

describe('the canvas status filter and marks', () => {
  it('draws planned and announced as planned, cancelled as cancelled, done as plain', () => {
    expect(drawnStatus(null, { status: 'planned' })).toBe('planned');
    expect(drawnStatus('LED', { status: 'announced' })).toBe('planned');
    expect(drawnStatus(null, { status: 'cancelled' })).toBe('cancelled');
    expect(drawnStatus(null, { status: 'held' })).toBeNull();
    expect(drawnStatus(null, {})).toBeNull();
  });

  it('"reported as done" hides plans and keeps facts and elements without status', () => {
    expect(passesFilter(null, { status: 'planned' }, 'done')).toBe(false);
    expect(passesFilter(null, { status: 'planned' }, 'all')).toBe(true);
    expect(passesFilter('SIGNED', { status: 'signed' }, 'done')).toBe(true);
    expect(passesFilter(null, { name: 'Japon' }, 'done')).toBe(true);
  });

  it('keeps a partnership while one piece of its evidence is done, and draws it planned only when all are', () => {
    const mixed: Props = { evidence: [{ status: 'announced' }, { status: 'signed' }] };
    const planned: Props = { evidence: [{ status: 'announced' }, { status: 'planned' }] };
    expect(passesFilter('PARTNERS_WITH', mixed, 'done')).toBe(true);
    expect(drawnStatus('PARTNERS_WITH', mixed)).toBeNull();
    expect(passesFilter('PARTNERS_WITH', planned, 'done')).toBe(false);
    expect(drawnStatus('PARTNERS_WITH', planned)).toBe('planned');
  });

  it('counts independent sources, not quotes', () => {
    expect(sourceCount('VISITED', { sources: ['src-1', 'src-1', 'src-2'] })).toBe(2);
    expect(sourceCount('VISITED', {})).toBe(1);
    expect(sourceCount('COOPERATES_WITH', { sourceCount: 2, sources: ['src-0', 'src-1'] })).toBe(2);
    const partnership: Props = {
      evidence: [
        { citations: [{ sourceId: 'src-1' }, { sourceId: 'src-1' }] },
        { citations: [{ sourceId: 'src-3' }], sources: 1 },
      ],
    };
    expect(sourceCount('PARTNERS_WITH', partnership)).toBe(2);
  });
});
