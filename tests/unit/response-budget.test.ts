// The byte budget list answers share, and the paging cursor: no database needed.
import { describe, expect, it } from 'vitest';
import { cursorParam, encodeCursor } from '../../server/contract/common.ts';
import { RESPONSE_MAX_BYTES, ResponseBudget, responseBytes } from '../../server/shared/response-budget.ts';

describe('ResponseBudget', () => {
  const item = { text: 'x'.repeat(98) }; // {"text":"xx…"} = 111 bytes, 112 with its comma

  it('keeps items while they fit and refuses the first that does not, and every one after', () => {
    const budget = new ResponseBudget(112 * 3);
    expect(budget.take([item, item, item, item, item])).toHaveLength(3);
    expect(budget.cut).toBe(true);
    expect(budget.fits({ small: 1 })).toBe(false);
  });

  it('is not cut when everything fits', () => {
    const budget = new ResponseBudget(112 * 3);
    expect(budget.take([item, item])).toHaveLength(2);
    expect(budget.cut).toBe(false);
  });

  it('counts bytes, not characters', () => {
    expect(responseBytes('é')).toBe(4); // "é": two quotes and two bytes
    const budget = new ResponseBudget(10);
    expect(budget.fits('éééé')).toBe(false);
  });

  it('leaves room under 2 MB for the envelope by default', () => {
    const budget = new ResponseBudget();
    const chunk = 'y'.repeat(100_000);
    const kept = budget.take(Array(30).fill(chunk));
    expect(kept.length).toBeGreaterThan(15);
    expect(responseBytes({ kept, total: 30, nextCursor: encodeCursor(kept.length) })).toBeLessThan(
      RESPONSE_MAX_BYTES,
    );
  });
});

describe('cursorParam', () => {
  it('reads back the offset it encoded, and 0 for the first page', () => {
    expect(cursorParam.parse(encodeCursor(140))).toBe(140);
    expect(cursorParam.parse(undefined)).toBe(0);
  });

  it.each(['not-a-cursor', encodeCursor(-1), Buffer.from('{"o":1.5}').toString('base64url')])(
    'refuses %s, saying what a cursor is',
    (cursor) => {
      const parsed = cursorParam.safeParse(cursor);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toContain('nextCursor');
    },
  );
});
