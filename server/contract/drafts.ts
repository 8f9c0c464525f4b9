// Wire shapes of the drafts API: an article turned into candidate records for an analyst to review
// before anything reaches the graph. Every offset refers to the draft's plain `text`.
import { z } from 'zod';
import { isoDateSchema } from '../../seed/dataset-schema.ts';

/** Largest article a draft takes (characters of the text sent, before HTML is reduced). */
export const DRAFT_TEXT_MAX_CHARS = 500_000;
/** Drafts kept at once; creating one more is refused until some are committed or discarded. */
export const DRAFTS_MAX_STORED = 50;

export const DRAFT_FORMATS = ['text', 'markdown', 'html'] as const;
export const DRAFT_DECISIONS = ['pending', 'accepted', 'rejected'] as const;
export const CANDIDATE_KINDS = ['node', 'relationship'] as const;

const draftIdParam = z
  .string()
  .regex(/^d-[a-z0-9-]{4,64}$/, 'a draft id looks like "d-…" (as POST /api/drafts answered)');
export const draftIdParamsSchema = z.object({ id: draftIdParam });

/** What the analyst says about the source; all optional in a request, filled from the text when absent. */
export const draftSourceInputSchema = z
  .object({
    title: z.string().trim().min(1).max(500).optional(),
    publisher: z.string().trim().min(1).max(300).optional(),
    published: isoDateSchema.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'a two-letter language code such as "fr"')
      .optional(),
    // A pattern rather than z.url(): its "uri" format is not one the OpenAPI checks know.
    url: z
      .string()
      .max(2_000)
      .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, 'url must be an http(s) link such as "https://…"')
      .optional(),
  })
  .strict();
export type DraftSourceInput = z.infer<typeof draftSourceInputSchema>;

export const createDraftRequestSchema = z
  .object({
    text: z
      .string({ message: 'text (the article, as a string) is required' })
      .min(1, 'text is empty: paste the article or upload its file')
      .max(DRAFT_TEXT_MAX_CHARS, `text is at most ${DRAFT_TEXT_MAX_CHARS} characters (500 kB)`),
    format: z.enum(DRAFT_FORMATS, { message: `format must be one of ${DRAFT_FORMATS.join(', ')}` }),
    source: draftSourceInputSchema.optional(),
  })
  .strict();
export type CreateDraftRequest = z.infer<typeof createDraftRequestSchema>;

export const draftIssueSchema = z.object({
  path: z.string().describe('Where in the record, e.g. "props.status" or "quote"'),
  message: z.string(),
});
export type DraftIssue = z.infer<typeof draftIssueSchema>;

/** An import-format record (seed/dataset-schema.ts), possibly invalid while under review. */
const draftRecordSchema = z.record(z.string(), z.unknown());

export const draftCandidateSchema = z.object({
  id: z.string().describe('Stable within the draft ("c12")'),
  kind: z.enum(CANDIDATE_KINDS),
  record: draftRecordSchema.describe('A node or relationship record of the import format, quote included'),
  quoteStart: z.number().int(),
  quoteEnd: z.number().int(),
  rule: z.string().describe('The rule that proposed it, e.g. "known-name", "org-word", "agreement-verb"'),
  confidence: z.number().min(0).max(1),
  existingId: z.string().optional().describe('Set when the candidate is an actor already in the graph'),
  decision: z.enum(DRAFT_DECISIONS).describe('Actors already in the graph start accepted'),
  issues: z.array(draftIssueSchema),
});
export type DraftCandidate = z.infer<typeof draftCandidateSchema>;

export const draftSourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  published: z.string(),
  language: z.string(),
  url: z.string().optional(),
  proposed: z.object({ language: z.string().optional(), published: z.string().optional() }),
  issues: z
    .array(draftIssueSchema)
    .optional()
    .describe('What the source record still lacks or has wrong (e.g. no publisher), path within the source'),
});
export type DraftSource = z.infer<typeof draftSourceSchema>;

export const draftMentionSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  candidateId: z.string(),
});
export type DraftMention = z.infer<typeof draftMentionSchema>;

export const draftSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string(),
  text: z.string().describe('The plain text; every offset refers to it'),
  source: draftSourceSchema,
  sentences: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
  mentions: z.array(draftMentionSchema).describe('Every highlighted span'),
  candidates: z.array(draftCandidateSchema),
});
export type Draft = z.infer<typeof draftSchema>;

export const draftSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string(),
  candidates: z.number().int(),
  accepted: z.number().int(),
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;
export const draftListSchema = z.object({ drafts: z.array(draftSummarySchema) });
export type DraftList = z.infer<typeof draftListSchema>;

export const candidateUpdateSchema = z
  .object({
    id: z.string().min(1, 'each candidate update names the candidate id ("c12")'),
    decision: z.enum(DRAFT_DECISIONS).optional(),
    record: draftRecordSchema.optional().describe('The edited record (quote must be verbatim in the text)'),
    sameAs: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('An existing node id: the candidate actor is that node, its links are re-pointed to it'),
  })
  .strict();
export type CandidateUpdate = z.infer<typeof candidateUpdateSchema>;

export const updateDraftRequestSchema = z
  .object({
    source: draftSourceInputSchema.optional(),
    candidates: z.array(candidateUpdateSchema).max(5_000).optional(),
  })
  .strict();
export type UpdateDraftRequest = z.infer<typeof updateDraftRequestSchema>;

export const commitDraftResponseSchema = z.object({
  sourceId: z.string(),
  sources: z.number(),
  nodes: z.number(),
  relationships: z.number(),
});
export type CommitDraftResponse = z.infer<typeof commitDraftResponseSchema>;

export const sourceTextResponseSchema = z.object({ sourceId: z.string(), text: z.string() });
export type SourceTextResponse = z.infer<typeof sourceTextResponseSchema>;
