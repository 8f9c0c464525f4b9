import { describe, expect, it } from 'vitest';
import { firstDay, lastDay, spanInWindow, spanOf, windowProblem } from '../../seed/model/time-span.ts';
import { TIME_SPAN_CASES } from '../support/time-span-cases.ts';

describe('the time-span rule (shared table of cases)', () => {
  it('has cases', () => expect(TIME_SPAN_CASES.length).toBeGreaterThan(10));

  it.each(TIME_SPAN_CASES)('$name', (example) => {
    const span = spanOf(example.kind, example.dates);
    expect(span).toEqual(example.span);
    expect(spanInWindow(span, example.window)).toBe(example.kept);
  });
});

describe('day bounds at the precision the source gives', () => {
  it.each([
    ['2025', '2025-01-01', '2025-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-02', '2025-02-01', '2025-02-28'],
    ['2025-04-12', '2025-04-12', '2025-04-12'],
  ])('%s runs from %s to %s', (date, first, last) => {
    expect(firstDay(date)).toBe(first);
    expect(lastDay(date)).toBe(last);
  });
});

describe('date windows', () => {
  it('refuses an inverted window, naming both ends', () => {
    expect(windowProblem({ since: '2030', until: '1990' })).toContain(
      'since (2030) must not be after until (1990)',
    );
  });
  it('refuses years outside 1900–2100', () => {
    expect(windowProblem({ since: '1000' })).toContain('1900');
    expect(windowProblem({ until: '9999' })).toContain('2100');
  });
  it('accepts an open or a same-year window', () => {
    expect(windowProblem({})).toBeUndefined();
    expect(windowProblem({ since: '2016', until: '2016' })).toBeUndefined();
  });
});
