// Where exported pictures put their labels (client/src/export/label-layout.ts).
import { describe, expect, it } from 'vitest';
import {
  LabelPlacer,
  labelBox,
  midpoint,
  overlaps,
  wrapLabel,
} from '../../client/src/export/label-layout.ts';

describe('wrapLabel', () => {
  it('breaks a long name at spaces into lines of at most the width', () => {
    const lines = wrapLabel('National Agriculture and Food Research Organization', 18, 5);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(18);
    expect(lines.join(' ')).toBe('National Agriculture and Food Research Organization');
  });

  it('keeps at most maxLines, the last ending with an ellipsis', () => {
    const lines = wrapLabel(
      'Protocole d’entente Dijon métropole – NARO – Vitagora sur l’alimentation durable',
      18,
      3,
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith('…')).toBe(true);
  });

  it('cuts a word longer than the width, and breaks after hyphens', () => {
    expect(wrapLabel('Bourgogne-Franche-Comté', 12)).toEqual(['Bourgogne-', 'Franche-', 'Comté']);
    expect(wrapLabel('abcdefghijklmnopqrstuvwxyz', 10)).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxyz']);
  });
});

describe('midpoint', () => {
  it('is halfway along a straight edge, not at its target', () => {
    expect(
      midpoint([
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ]),
    ).toEqual({ x: 50, y: 0 });
  });
  it('is halfway by length along a bent edge', () => {
    expect(
      midpoint([
        { x: 0, y: 0 },
        { x: 30, y: 0 },
        { x: 30, y: 10 },
      ]),
    ).toEqual({ x: 20, y: 0 });
  });
});

describe('LabelPlacer', () => {
  it('moves a label that would overlap one placed before to the next free place', () => {
    const placer = new LabelPlacer();
    const first = placer.place(['Vitagora'], [{ x: 0, y: 0 }], 11, 'required');
    const second = placer.place(
      ['Vitagora'],
      [
        { x: 0, y: 0 },
        { x: 0, y: 40 },
      ],
      11,
      'required',
    );
    expect(first && second && overlaps(first.box, second.box)).toBe(false);
    expect(second?.y).toBe(40);
  });

  it('drops an optional label with no free place, keeps a required one', () => {
    const placer = new LabelPlacer([labelBox(['obstacle'], 0, 0, 11)]);
    expect(placer.place(['PARTY_TO'], [{ x: 0, y: 0 }], 7, 'optional')).toBeNull();
    expect(placer.place(['Dijon'], [{ x: 0, y: 0 }], 11, 'required')).not.toBeNull();
    expect(placer.extent()).not.toBeNull();
  });
});
