// How each label and kind looks: shape by label (agreements are diamonds, actors rounded), colour by
// kind when the node has one, else by label. Shared by the canvas style, the legend and SVG export.

export interface LabelLook {
  shape: string;
  color: string;
}

export const LABEL_LOOKS: Record<string, LabelLook> = {
  Organisation: { shape: 'round-rectangle', color: '#2563eb' },
  Person: { shape: 'ellipse', color: '#c2410c' },
  Place: { shape: 'round-triangle', color: '#15803d' },
  Agreement: { shape: 'diamond', color: '#b91c1c' },
  Event: { shape: 'round-hexagon', color: '#7e22ce' },
  Programme: { shape: 'round-octagon', color: '#0e7490' },
  Topic: { shape: 'round-tag', color: '#64748b' },
  Source: { shape: 'rectangle', color: '#78716c' },
};
const FALLBACK_LOOK: LabelLook = { shape: 'ellipse', color: '#6b7280' };

/** Kinds met in the cooperation data, each with a colour readable under a dark label. */
const KIND_COLORS: Record<string, string> = {
  // Organisations: public bodies in blues, clusters and research in teals/greens, business in ambers.
  region: '#1d4ed8',
  metropolis: '#0369a1',
  city: '#0e7490',
  prefecture: '#4338ca',
  state: '#1e3a8a',
  'government-department': '#3730a3',
  agency: '#6d28d9',
  embassy: '#5b21b6',
  cluster: '#0f766e',
  'competitiveness-cluster': '#047857',
  'innovation-hub': '#15803d',
  'research-institute': '#166534',
  university: '#065f46',
  school: '#3f6212',
  company: '#a16207',
  'chamber-of-commerce': '#92400e',
  association: '#9d174d',
  network: '#be185d',
  'cultural-institution': '#86198f',
  // Agreements
  mou: '#b91c1c',
  'cooperation-agreement': '#991b1b',
  'partnership-agreement': '#c2410c',
  // Places (the city/region/state kinds above apply to places too, shape tells them apart)
  country: '#14532d',
  venue: '#4d7c0f',
};

/** Kinds not in the table get a stable colour from their name. */
const EXTRA_COLORS = ['#0369a1', '#4d7c0f', '#9f1239', '#5b21b6', '#155e75', '#92400e', '#3f6212', '#831843'];

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + char.charCodeAt(0)) | 0;
  return Math.abs(value);
}

export const LABEL_ORDER = [
  'Agreement',
  'Event',
  'Person',
  'Organisation',
  'Programme',
  'Place',
  'Topic',
  'Source',
];

/** The label that decides a node's look when it has several. */
export function primaryLabel(labels: readonly string[]): string {
  return LABEL_ORDER.find((label) => labels.includes(label)) ?? labels[0] ?? 'Node';
}

export function lookOf(label: string, kind: string | null): LabelLook {
  const base = LABEL_LOOKS[label] ?? FALLBACK_LOOK;
  if (!kind) return base;
  const color = KIND_COLORS[kind] ?? EXTRA_COLORS[hash(kind) % EXTRA_COLORS.length] ?? base.color;
  return { shape: base.shape, color };
}

export const GROUP_COLOR = '#f1f5f9';
export const HIGHLIGHT_COLOR = '#f59e0b';
/** What a review would add (ghosts on the canvas, before commit). */
export const PREVIEW_COLOR = '#047857';
export const EDGE_COLOR = '#94a3b8';
export const PARTNER_EDGE_COLOR = '#2563eb';
/** The mark of a date the curator inferred (not printed in the source): distinct from the highlight. */
export const INFERRED_DATE_COLOR = '#7c3aed';
