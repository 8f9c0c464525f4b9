// Request and response schemas of the curation endpoints (edit, delete, retract) and of the audit
// trail they write. The client imports the types only.
import { z } from 'zod';
import { intParam } from './common.ts';
import { jsonValueSchema } from './graph.ts';

export const reasonSchema = z
  .string({ error: 'reason is required: say why the graph is changed (3–1000 characters)' })
  .trim()
  .min(3, 'reason must say why the graph is changed (3–1000 characters)')
  .max(1000, 'reason is at most 1000 characters');

/** A property's new value: a scalar, or null to remove it. Lists (aliases, citations) are not edited here. */
// The descriptions keep the members apart in the OpenAPI document (anyOf rather than a type list,
// which strict JSON Schema refuses).
const editValueSchema = z.union(
  [
    z.string().describe('a text'),
    z.number().describe('a number'),
    z.boolean(),
    z.null().describe('removes the property'),
  ],
  {
    error: 'a property value is a string, a number, a boolean, or null to remove it',
  },
);

export const editElementRequestSchema = z
  .object({
    properties: z
      .record(z.string().max(80), editValueSchema)
      .refine((properties) => Object.keys(properties).length > 0, 'properties must name at least one key')
      .refine((properties) => Object.keys(properties).length <= 50, 'properties: at most 50 keys at once'),
    reason: reasonSchema,
  })
  .strict();
export type EditElementRequest = z.infer<typeof editElementRequestSchema>;

export const reasonRequestSchema = z.object({ reason: reasonSchema }).strict();

export const retractRequestSchema = z
  .object({
    reason: reasonSchema.optional(),
    /** Only say what the retraction would remove; nothing is written. */
    dryRun: z.boolean().default(false),
  })
  .strict()
  .refine((request) => request.dryRun || request.reason !== undefined, {
    message: 'reason is required: say why the source is retracted (3–1000 characters)',
    path: ['reason'],
  });

export const AUDIT_KINDS = ['import', 'edit', 'delete', 'retract'] as const;

export const propertyChangeSchema = z.object({
  element: z.string().describe('The id of the node or relationship'),
  key: z.string(),
  before: jsonValueSchema.describe('null when the property was absent'),
  after: jsonValueSchema.describe('null when the property was removed'),
});
export type PropertyChange = z.infer<typeof propertyChangeSchema>;

export const removedElementSchema = z.object({
  id: z.string(),
  kind: z.enum(['node', 'relationship']),
  /** The node's label or the relationship's type. */
  label: z.string(),
  properties: z.record(z.string(), jsonValueSchema),
});
export type RemovedElement = z.infer<typeof removedElementSchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string().describe('When (ISO 8601 instant, UTC)'),
  actor: z.string().describe('The write token’s name (WRITE_TOKENS), "import" for IMPORT_TOKEN, "cli"'),
  kind: z.enum(AUDIT_KINDS),
  reason: z.string().nullable(),
  elementIds: z.array(z.string()).describe('Nodes and relationships changed or removed (imports: none)'),
  sourceIds: z.array(z.string()).describe('Sources imported, retracted, or cited by what changed'),
  changes: z.array(propertyChangeSchema).describe('Edits: each property before and after'),
  removed: z.array(removedElementSchema).describe('Deletions and retractions: what was removed'),
  counts: z.record(z.string(), z.number()).describe('Imports: sources, nodes, relationships; others: sizes'),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** A page cursor: the last entry of the page before (its time and id), opaque to the client. */
export const auditCursorParam = z
  .string()
  .max(300, 'cursor is at most 300 characters')
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === '') return null;
    try {
      const [at, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
      if (typeof at === 'string' && typeof id === 'string') return { at, id };
    } catch {
      // fall through to the issue below
    }
    ctx.addIssue({ code: 'custom', message: 'cursor must be a nextCursor of an earlier answer' });
    return z.NEVER;
  });
export type AuditCursor = { at: string; id: string } | null;

export const auditPageRequestSchema = z
  .object({
    limit: intParam(1, 100, 20, 'limit').describe('Entries per page, newest first'),
    cursor: auditCursorParam.describe('The nextCursor of the page before'),
  })
  .strict();

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  nextCursor: z
    .string()
    .nullable()
    .describe('Pass as `cursor` for the next page; null when there is no more'),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export const editElementResponseSchema = z.object({
  id: z.string(),
  kind: z.enum(['node', 'relationship']),
  properties: z.record(z.string(), jsonValueSchema).describe('All its properties after the edit'),
  changes: z.array(propertyChangeSchema),
  auditId: z.string().nullable().describe('null when the edit changed nothing (nothing recorded)'),
});
export type EditElementResponse = z.infer<typeof editElementResponseSchema>;

export const deleteElementResponseSchema = z.object({
  id: z.string(),
  kind: z.enum(['node', 'relationship']),
  removedRelationships: z.array(z.string()).describe('A node goes with its relationships: their ids'),
  auditId: z.string(),
});
export type DeleteElementResponse = z.infer<typeof deleteElementResponseSchema>;

export const retractResponseSchema = z.object({
  sourceId: z.string(),
  dryRun: z.boolean(),
  removedNodes: z.array(z.string()).describe('Nodes only this source supported (with no fact left)'),
  removedRelationships: z.array(z.string()).describe('Relationships only this source supported'),
  keptNodes: z
    .array(z.string())
    .describe(
      'Nodes other sources also cite, or that facts of other sources still link: they lose this citation',
    ),
  keptRelationships: z
    .array(z.string())
    .describe('Relationships other sources also cite: they lose this citation'),
  auditId: z.string().nullable().describe('null for a dry run'),
});
export type RetractResponse = z.infer<typeof retractResponseSchema>;
