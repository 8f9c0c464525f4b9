import { describe, expect, it } from 'vitest';
import { wheelFactor } from '../../client/src/graph/wheel-zoom.ts';
import { placeCard } from '../../client/src/hover/hover-card.ts';
import { shorten } from '../../client/src/hover/hover-content.ts';

const canvas = { left: 0, top: 52, right: 896, bottom: 756 };
const size = { width: 240, height: 90 };

describe('hover card placement', () => {
  it('goes right of the element when there is room, aligned with its top', () => {
    expect(placeCard({ left: 100, top: 200, right: 130, bottom: 230 }, size, canvas)).toEqual({
      left: 142,
      top: 200,
    });
  });

  it('flips to the left of an element near the right edge, and stays inside the canvas', () => {
    const where = placeCard({ left: 860, top: 300, right: 890, bottom: 330 }, size, canvas);
    expect(where.left + size.width).toBeLessThanOrEqual(860);
    expect(where.left).toBeGreaterThanOrEqual(canvas.left);
  });

  it('is pushed up from the bottom edge and down from the top edge', () => {
    expect(placeCard({ left: 100, top: 740, right: 130, bottom: 770 }, size, canvas).top).toBe(756 - 8 - 90);
    expect(placeCard({ left: 100, top: 10, right: 130, bottom: 40 }, size, canvas).top).toBe(52 + 8);
  });
});

describe('hover card quote', () => {
  it('keeps a short quote whole and cuts a long one at a word, with an ellipsis', () => {
    expect(shorten('Depuis 2013, un partenariat')).toBe('Depuis 2013, un partenariat');
    const long =
      'Depuis 2013, Dijon métropole, Vitagora et le NARO bâtissent un partenariat structuré '.repeat(3);
    const cut = shorten(long);
    expect(cut.length).toBeLessThanOrEqual(161);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.at(-2)).not.toBe(' ');
  });
});

describe('wheel zoom step', () => {
  it('zooms in by 25 % for one mouse notch up and out by as much for one down', () => {
    expect(wheelFactor({ deltaY: -100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(1.25, 5);
    expect(wheelFactor({ deltaY: 100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(1 / 1.25, 5);
  });

  it('counts line-mode deltas as lines of 33 px, and caps one event at ×2', () => {
    expect(wheelFactor({ deltaY: -3, deltaMode: 1, ctrlKey: false })).toBeCloseTo(1.25 ** 0.99, 5);
    expect(wheelFactor({ deltaY: -5000, deltaMode: 0, ctrlKey: false })).toBe(2);
    expect(wheelFactor({ deltaY: 5000, deltaMode: 0, ctrlKey: false })).toBe(0.5);
  });

  it('moves a trackpad pinch (ctrl + small deltas) faster than a scroll of the same size', () => {
    const pinch = wheelFactor({ deltaY: -10, deltaMode: 0, ctrlKey: true });
    const scroll = wheelFactor({ deltaY: -10, deltaMode: 0, ctrlKey: false });
    expect(pinch).toBeGreaterThan(scroll);
    expect(scroll).toBeGreaterThan(1);
  });
});
