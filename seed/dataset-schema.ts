// The import format: one document per source text. The curated dataset in seed/data/ and
// analysts' own files (npm run import, POST /api/import) are all validated by these schemas.
import { z } from 'zod';
import {
  ACT_RELATIONSHIP_TYPES,
  ACT_STATUSES,
  ALL_STATUSES,
  NODE_STATUS_VOCABULARY,
  type Status,
} from './model/statuses.ts';

/** Node labels of the cooperation graph. Cypher cannot take labels as parameters, so this list is
 * also the allow-list for every query that splices a label in. */
export const NODE_LABELS = [
  'Organisation',
  'Person',
  'Place',
  'Agreement',
  'Event',
  'Programme',
  'Topic',
  'Source',
] as const;
export const nodeLabelSchema = z.enum(NODE_LABELS);
export type NodeLabel = z.infer<typeof nodeLabelSchema>;

/** Relationship types: the allow-list, with the endpoints each type may join. */
export const RELATIONSHIP_RULES = {
  GOVERNS: { from: ['Organisation'], to: ['Place'] },
  PARTY_TO: { from: ['Organisation'], to: ['Agreement'] },
  SIGNED: { from: ['Person'], to: ['Agreement'] },
  HOLDS_ROLE: { from: ['Person'], to: ['Organisation'] },
  MEMBER_OF: { from: ['Organisation', 'Person'], to: ['Organisation'] },
  COOPERATES_WITH: { from: ['Organisation'], to: ['Organisation'] },
  SUPPORTS: { from: ['Organisation'], to: ['Organisation', 'Event', 'Programme'] },
  LOCATED_IN: { from: ['Organisation', 'Place', 'Event'], to: ['Place'] },
  HAS_OFFICE_IN: { from: ['Organisation'], to: ['Place'] },
  PART_OF: { from: ['Place', 'Event', 'Organisation'], to: ['Place', 'Event', 'Organisation'] },
  // An Event may take part in another (a regional mission in the Exposition it travels to).
  PARTICIPATED_IN: { from: ['Organisation', 'Person', 'Event'], to: ['Event', 'Programme'] },
  LED: { from: ['Person', 'Organisation'], to: ['Event'] },
  ORGANISED: { from: ['Organisation', 'Person'], to: ['Event'] },
  HOSTED: { from: ['Organisation', 'Person'], to: ['Event'] },
  FACILITATED: { from: ['Organisation', 'Person'], to: ['Agreement', 'Event'] },
  VISITED: { from: ['Event'], to: ['Organisation', 'Place'] },
  HELD_IN: { from: ['Event'], to: ['Place'] },
  RUNS: { from: ['Organisation'], to: ['Programme'] },
  CONCERNS: { from: ['Agreement', 'Event', 'Programme', 'Organisation'], to: ['Topic'] },
  LED_TO: { from: ['Event', 'Agreement', 'Programme'], to: ['Agreement', 'Event', 'Programme'] },
  /** A renewal (an Agreement dated and with status "renewed") of the agreement it renews. */
  RENEWS: { from: ['Agreement'], to: ['Agreement'] },
  /** A spin-off: the company comes out of (« issu de ») the laboratory. Not a partnership. */
  SPUN_OFF_FROM: { from: ['Organisation'], to: ['Organisation'] },
} as const satisfies Record<string, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }>;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_RULES) as [
  keyof typeof RELATIONSHIP_RULES,
  ...(keyof typeof RELATIONSHIP_RULES)[],
];
export const relationshipTypeSchema = z.enum(RELATIONSHIP_TYPES);
export type RelationshipType = z.infer<typeof relationshipTypeSchema>;

/** Readable, stable identifiers: lowercase words joined by dashes ("dijon-metropole"). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase slugs such as "dijon-metropole"')
  .max(120);

/** ISO 8601 at the precision the source gives: "2025", "2025-11" or "2025-11-20". */
export const isoDateSchema = z
  .string()
  .regex(
    /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/,
    'dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
  );

/** A citation: a short verbatim excerpt of the document's source text. */
export const quoteSchema = z
  .string()
  .trim()
  .min(8, 'a quote needs at least a few words of the source')
  .max(320, 'quotes are short excerpts (at most about 300 characters)');

const scalar = z.union([z.string(), z.number(), z.boolean()]);
/** Extra properties: scalars or lists of strings (Neo4j stores neither maps nor mixed lists). */
const extraPropertiesSchema = z.record(
  z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'property names are camelCase'),
  z.union([scalar, z.array(z.string())]),
);

/** Reserved keys, ISO dates and numeric coordinates in `props`, for nodes and relationships alike. */
function checkProps(
  props: Record<string, unknown> | undefined,
  reserved: string[],
  ctx: z.RefinementCtx,
): void {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (reserved.includes(key)) {
      ctx.addIssue({ code: 'custom', path: ['props', key], message: `"${key}" has its own field` });
    }
    if (key === 'statusHistory') {
      const message =
        '"statusHistory" is computed at merge from the status each source gives; give "status" only';
      ctx.addIssue({ code: 'custom', path: ['props', key], message });
    }
    if (DATE_KEYS.includes(key) && !isoDateSchema.safeParse(value).success) {
      ctx.addIssue({
        code: 'custom',
        path: ['props', key],
        message: `"${key}" must be an ISO date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"), got ${JSON.stringify(value)}`,
      });
    }
    if ((key === 'lat' || key === 'lon') && typeof value !== 'number') {
      ctx.addIssue({ code: 'custom', path: ['props', key], message: `"${key}" must be a number` });
    }
  }
}

/**
 * The status a record must (or may) carry, checked against the vocabulary of seed/model/statuses.ts:
 * Events and Agreements must say theirs, and so must relationships that record an act; any other
 * record that gives one must use the vocabulary too, so the canvas and the filters understand it.
 */
function checkStatus(
  what: string,
  status: unknown,
  required: boolean,
  allowed: readonly Status[],
  ctx: z.RefinementCtx,
): void {
  if (status === undefined && !required) return;
  if (typeof status === 'string' && (allowed as readonly string[]).includes(status)) return;
  const expected = allowed.map((s) => `"${s}"`).join(', ');
  ctx.addIssue({
    code: 'custom',
    path: ['props', 'status'],
    message:
      status === undefined
        ? `${what} must say its status as the source reports it at publication: one of ${expected}`
        : `${what} has status ${JSON.stringify(status)}; expected one of ${expected}`,
  });
}

function checkNodeStatus(node: { label: string; props?: Record<string, unknown> }, ctx: z.RefinementCtx) {
  const vocabulary = NODE_STATUS_VOCABULARY[node.label];
  const status = node.props?.status;
  if (vocabulary) checkStatus(`${aOrAn(node.label)} ${node.label}`, status, true, vocabulary, ctx);
  else checkStatus(`${aOrAn(node.label)} ${node.label}`, status, false, ALL_STATUSES, ctx);
}

function checkRelationshipStatus(
  rel: { type: string; props?: Record<string, unknown> },
  ctx: z.RefinementCtx,
) {
  const isAct = (ACT_RELATIONSHIP_TYPES as readonly string[]).includes(rel.type);
  const what = isAct ? `${rel.type} records an act and` : `a ${rel.type} relationship`;
  checkStatus(what, rel.props?.status, isAct, ACT_STATUSES, ctx);
}

const aOrAn = (word: string) => (/^[AEIOU]/.test(word) ? 'an' : 'a');

/** Keys that have their own field in a record and may not be set through `props`. */
const RESERVED_KEYS = ['id', 'name', 'nameEn', 'aliases', 'kind', 'sources', 'quotes', 'label'];
/** Relationship ids are computed (from|TYPE|to|key): props may not set them. */
const RESERVED_RELATIONSHIP_KEYS = ['id', 'key', 'type', 'from', 'to', 'sources', 'quotes'];
/** `startLatest`: the latest day a start the text only bounds may be (`start` is the earliest). */
const DATE_KEYS = ['date', 'start', 'end', 'since', 'until', 'startLatest'];

export const nodeRecordSchema = z
  .object({
    id: idSchema,
    label: nodeLabelSchema.exclude(['Source']),
    name: z.string().trim().min(1),
    nameEn: z.string().trim().min(1).optional(),
    aliases: z.array(z.string().trim().min(1)).optional(),
    kind: z
      .string()
      .regex(/^[a-z]+(?:-[a-z]+)*$/, 'kinds are lowercase words joined by dashes')
      .optional(),
    /** Dates (date, start, end, since...), status, lat/lon, notes, and anything else the text gives. */
    props: extraPropertiesSchema.optional(),
    quote: quoteSchema,
  })
  .strict()
  .superRefine((node, ctx) => {
    checkProps(node.props, RESERVED_KEYS, ctx);
    checkNodeStatus(node, ctx);
  });
export type NodeRecord = z.infer<typeof nodeRecordSchema>;

export const relationshipRecordSchema = z
  .object({
    type: relationshipTypeSchema,
    from: idSchema,
    to: idSchema,
    /** Distinguishes two relationships of one type between the same pair (e.g. two roles). */
    key: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    props: extraPropertiesSchema.optional(),
    quote: quoteSchema,
  })
  .strict()
  .superRefine((rel, ctx) => {
    checkProps(rel.props, RESERVED_RELATIONSHIP_KEYS, ctx);
    checkRelationshipStatus(rel, ctx);
  });
export type RelationshipRecord = z.infer<typeof relationshipRecordSchema>;

export const SOURCE_TEXT_MAX_CHARS = 500_000;

export const sourceRecordSchema = z
  .object({
    id: idSchema,
    title: z.string().trim().min(1),
    publisher: z.string().trim().min(1),
    /** Publication date; `publishedInferred` with a `note` when worked out from the text. */
    published: isoDateSchema,
    publishedInferred: z.boolean().optional(),
    language: z.string().regex(/^[a-z]{2}$/, 'a two-letter language code such as "fr"'),
    /** File name of the source text in the seeds folder, used to check quotes verbatim. */
    file: z.string().min(1).optional(),
    /**
     * The article's full text (at most 500,000 characters): stored with the Source so a quote can be
     * shown in context, and every quote of the document must occur in it verbatim.
     */
    text: z
      .string()
      .min(1)
      .max(SOURCE_TEXT_MAX_CHARS, `a source text is at most ${SOURCE_TEXT_MAX_CHARS} characters (500 kB)`)
      .optional(),
    // Only web links: the client renders this as a link.
    url: z.url({ protocol: /^https?$/ }).optional(),
    note: z.string().optional(),
    /** Photo credits printed with the article: credits of the source, not actors of the graph. */
    photoCredits: z.array(z.string().trim().min(1)).optional(),
    /**
     * A reference work (a gazetteer), not an article: records cite it with `props.reference` for
     * facts the article mentions but does not state (that Kyoto lies in Japan). It has no seed text;
     * it must give its url and say in its note what it is used for.
     */
    reference: z.literal(true).optional(),
  })
  .strict()
  .superRefine((source, ctx) => {
    if (!source.reference) return;
    for (const key of ['url', 'note'] as const) {
      if (!source[key])
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `a reference source needs a ${key} saying where its facts come from`,
        });
    }
    if (source.file)
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'a reference source has no article text' });
  });
export type SourceRecord = z.infer<typeof sourceRecordSchema>;

export const datasetDocumentSchema = z
  .object({
    source: sourceRecordSchema,
    nodes: z.array(nodeRecordSchema),
    relationships: z.array(relationshipRecordSchema),
  })
  .strict();
export type DatasetDocument = z.infer<typeof datasetDocumentSchema>;

/** Relationship identity: one relationship per (from, type, to, key), whichever documents cite it. */
export function relationshipId(rel: Pick<RelationshipRecord, 'from' | 'type' | 'to' | 'key'>): string {
  return [rel.from, rel.type, rel.to, rel.key].filter(Boolean).join('|');
}
