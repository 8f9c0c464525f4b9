import { describe, expect, it } from 'vitest';
import { statusAsOf } from '../../seed/model/statuses.ts';

describe('statusAsOf (the status as sources published by a day reported it)', () => {
  const history = ['2024|announced|src-a', '2025-04|signed|src-b'];

  it('takes the latest report published on or before the day', () => {
    expect(statusAsOf('signed', history, '2024-12-31')).toBe('announced');
    expect(statusAsOf('signed', history, '2025-04-30')).toBe('signed');
    expect(statusAsOf('signed', history, '2030-01-01')).toBe('signed');
  });

  it('keeps the current status when no report was out by then, or there is no history', () => {
    expect(statusAsOf('signed', history, '2023-06-30')).toBe('signed');
    expect(statusAsOf('held', [], '2020-01-01')).toBe('held');
    expect(statusAsOf(null, [], '2020-01-01')).toBeNull();
  });
});
