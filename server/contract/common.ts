// Query-string helpers shared by the request schemas: lists arrive as "a,b" or repeated keys.
import { z } from 'zod';
import { isoDateSchema, NODE_LABELS, RELATIONSHIP_TYPES } from '../../seed/dataset-schema.ts';
import { STATUS_FILTERS } from '../../seed/model/statuses.ts';
import { type DateWindow, windowProblem } from '../../seed/model/time-span.ts';

/** "a,b" or ["a","b"] or ["a,b","c"] → ["a","b","c"]. */
export const csvList = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => {
    if (value === undefined || value === '') return undefined;
    const parts = (Array.isArray(value) ? value : [value]).flatMap((part) => String(part).split(','));
    return parts.map((part) => part.trim()).filter(Boolean);
  }, z.array(item).optional());

export const intParam = (min: number, max: number, fallback: number, name: string) =>
  z.coerce
    .number({ message: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be ${min}–${max}`)
    .max(max, `${name} must be ${min}–${max}`)
    .default(fallback);

export const nodeIdParam = z.string().min(1, 'an id is required').max(200, 'ids are at most 200 characters');

/** Labels a client may filter on: the graph's own labels plus Source. */
export const labelParam = z.enum(NODE_LABELS, { message: `expected one of ${NODE_LABELS.join(', ')}` });

/** Relationship types a client may choose: the import allow-list plus MENTIONED_IN. */
export const GRAPH_RELATIONSHIP_TYPES = [...RELATIONSHIP_TYPES, 'MENTIONED_IN'] as const;
export const relationshipTypeParam = z.enum(GRAPH_RELATIONSHIP_TYPES, {
  message: `expected one of ${GRAPH_RELATIONSHIP_TYPES.join(', ')}`,
});

export const dateParam = isoDateSchema;

/** A date window: items dated outside it are left out; undated items stay unless includeUndated=false. */
export const dateWindow = {
  since: dateParam.optional(),
  until: dateParam.optional(),
  includeUndated: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
};

/**
 * Refuses a window the model calls unusable (since after until, a year outside 1900–2100), naming
 * the problem. Add it to a request schema with `.superRefine(refuseUnusableWindow)`.
 */
export function refuseUnusableWindow(window: DateWindow, ctx: z.RefinementCtx): void {
  const problem = windowProblem(window);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [problem.split(' ')[0] ?? 'since'] });
}

/** `status=done` keeps only what a source reports as having happened; `all` (default) keeps plans too. */
export const statusFilterParam = z
  .enum(STATUS_FILTERS, { message: `status must be one of ${STATUS_FILTERS.join(', ')}` })
  .default('all')
  .describe(
    '`done`: only facts a source reports as having happened (held, signed, renewed, ended, done) or that have no status; `all`: plans and announcements too.',
  );

export const citationSchema = z.object({
  sourceId: z.string(),
  quote: z.string(),
  source: z
    .object({
      title: z.string().nullable(),
      publisher: z.string().nullable(),
      published: z.string().nullable(),
      publishedInferred: z.boolean().nullable(),
      language: z.string().nullable(),
      url: z.string().nullable(),
      /** "register" for a spreadsheet register, whose quotes are its rows ("Row 12: …"). */
      kind: z.string().nullable().optional(),
      /** Whether GET /api/sources/:id/text has the article (absent when the answer does not say). */
      hasText: z.boolean().optional(),
    })
    .nullable(),
});
export type Citation = z.infer<typeof citationSchema>;

/**
 * Paging: `cursor` is the opaque `nextCursor` of the previous page (today the offset of the next
 * item in the ranking, base64url JSON, so it can change without breaking clients).
 */
export const cursorParam = z
  .string()
  .max(200, 'cursor is at most 200 characters')
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === '') return 0;
    const offset = decodeCursor(value);
    if (offset === undefined) {
      ctx.addIssue({ code: 'custom', message: 'cursor must be a nextCursor value this API returned' });
      return z.NEVER;
    }
    return offset;
  })
  .describe('The `nextCursor` of the previous page; absent for the first page.');

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decodeCursor(cursor: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown };
    return Number.isInteger(parsed.o) && (parsed.o as number) >= 0 ? (parsed.o as number) : undefined;
  } catch {
    return undefined;
  }
}

/** What every paged list answers besides its items. */
export const pageFields = {
  total: z.number().describe('How many items the whole ranking holds, before paging'),
  nextCursor: z
    .string()
    .nullable()
    .describe('Pass as `cursor` for the next page; null when there is no more'),
  truncated: z
    .boolean()
    .describe('More items exist than this answer holds (cut by `limit` or by the 2 MB size bound)'),
};
