import { describe, expect, it } from 'vitest';
import { isEditableKey, LOCKED_KEYS, lockedBecause } from '../../seed/model/locked-keys.ts';
import { checkEdit, editableKeys } from '../../server/curation/property-edit.ts';

describe('locked keys (seed/model/locked-keys.ts)', () => {
  const cases: [key: string, editable: boolean, reason?: RegExp][] = [
    ['id', false, /identity/],
    ['from', false, /identity/],
    ['spanStart', false, /computed at import/],
    ['sources', false, /citations/],
    ['quotes', false, /citations/],
    ['aliases', false, /aliases accumulate/],
    ['derivedDegree', false, /derived/],
    ['statusSources', false, /which source gave which value/],
    ['name', true],
    ['status', true],
    ['lat', true],
    ['note', true],
  ];
  it.each(cases)('"%s" editable: %s', (key, editable, reason) => {
    expect(isEditableKey(key)).toBe(editable);
    if (reason) expect(lockedBecause(key)).toMatch(reason);
    else expect(lockedBecause(key)).toBeUndefined();
  });

  it('every listed key is refused by the server and left out of its editable keys', () => {
    expect(LOCKED_KEYS.size).toBeGreaterThan(0);
    const properties = Object.fromEntries([...LOCKED_KEYS].map((key) => [key, 'x']));
    const keys = editableKeys({ kind: 'node', label: 'Organisation', properties });
    for (const key of LOCKED_KEYS) {
      expect(keys).not.toContain(key);
      expect(
        checkEdit({ kind: 'node', label: 'Organisation', properties }, { [key]: 'y' })[0]?.message,
      ).toMatch(/cannot be edited/);
    }
  });
});
