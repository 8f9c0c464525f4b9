// Request and response schemas of every endpoint. The server validates with them; the client
// imports their types only. GET parameters are strings on the wire; the schemas coerce them.
import { z } from 'zod';
import {
  citationSchema,
  csvList,
  cursorParam,
  dateParam,
  dateWindow,
  intParam,
  labelParam,
  nodeIdParam,
  pageFields,
  refuseUnusableWindow,
  relationshipTypeParam,
  statusFilterParam,
} from './common.ts';
import { jsonValueSchema, problemSchema, wireEdgeSchema, wireGraphSchema, wireNodeSchema } from './graph.ts';

// --- Health -------------------------------------------------------------------------------------
export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  database: z.object({ up: z.literal(true), version: z.string().optional(), edition: z.string().optional() }),
});
/** The 503 of /api/health: a problem that also says why the database is down. */
export const healthUnavailableSchema = problemSchema.extend({
  database: z.object({ up: z.literal(false), reason: z.string().optional() }),
});

// --- Search -------------------------------------------------------------------------------------
export const searchRequestSchema = z.object({
  q: z.string().trim().min(1, 'q (the text to search) is required').max(200, 'q is at most 200 characters'),
  labels: csvList(labelParam),
  limit: intParam(1, 100, 20, 'limit'),
});
export const searchResponseSchema = z.object({
  results: z.array(z.object({ node: wireNodeSchema, score: z.number() })),
});

/** Search inside the evidence: the facts whose cited quotes contain the words. */
export const evidenceSearchRequestSchema = z.object({
  q: searchRequestSchema.shape.q,
  limit: intParam(1, 50, 10, 'limit').describe('Facts per page, best match first'),
  cursor: cursorParam,
});
export const evidenceHitSchema = z.object({
  kind: z.enum(['node', 'edge']).describe('Whether the quote is cited by a node or by a relationship'),
  /** The fact as a graph: the node alone, or the relationship with its two ends. */
  graph: wireGraphSchema,
  /** The id of the node or relationship whose citation matched. */
  factId: z.string(),
  quote: z.string().describe('The matching quote, verbatim (the best matching one of the fact)'),
  sourceId: z.string().nullable().describe('The source the quote comes from'),
  highlights: z
    .array(z.object({ start: z.number(), end: z.number() }))
    .describe(
      'Where the searched words (or the words within a few edits of them) are in the quote: UTF-16 offsets, end exclusive',
    ),
  score: z.number(),
});
export type EvidenceHit = z.infer<typeof evidenceHitSchema>;
export const evidenceSearchResponseSchema = z.object({
  facts: z.array(evidenceHitSchema),
  nextCursor: pageFields.nextCursor,
  truncated: pageFields.truncated,
});

// --- Node details and neighbourhood --------------------------------------------------------------
export const neighbourGroupSchema = z.object({
  type: z.string(),
  direction: z.enum(['out', 'in']),
  label: z.string(),
  count: z.number(),
});
export type NeighbourGroup = z.infer<typeof neighbourGroupSchema>;

export const nodeDetailsResponseSchema = z.object({
  node: wireNodeSchema,
  neighbourCounts: z.array(neighbourGroupSchema),
  citations: z.array(citationSchema),
});

export const neighboursRequestSchema = z.object({
  types: csvList(relationshipTypeParam),
  labels: csvList(labelParam),
  direction: z.enum(['out', 'in', 'both']).default('both'),
  limit: intParam(1, 500, 50, 'limit'),
  skip: intParam(0, 100_000, 0, 'skip'),
  /** Above this many neighbours, an unfiltered request answers groups only. */
  groupAbove: intParam(1, 10_000, 60, 'groupAbove'),
  includeSources: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  status: statusFilterParam,
});
export const neighboursResponseSchema = z.object({
  graph: wireGraphSchema,
  total: z.number(),
  groups: z.array(neighbourGroupSchema),
  grouped: z.boolean(),
  hasMore: z.boolean(),
});

/** The most ids one subgraph request may name: a big canvas, not the whole graph. */
export const SUBGRAPH_MAX_IDS = 5_000;
export const subgraphRequestSchema = z
  .object({
    ids: z
      .array(nodeIdParam)
      .min(1, 'ids must list at least one node')
      .max(SUBGRAPH_MAX_IDS, `ids lists at most ${SUBGRAPH_MAX_IDS} nodes`),
    status: statusFilterParam,
    since: dateParam.optional(),
    until: dateParam.optional(),
    includeUndated: z.boolean().default(true),
  })
  .strict()
  .superRefine(refuseUnusableWindow);
export const subgraphResponseSchema = z.object({
  nodes: z.array(wireNodeSchema).describe('The requested nodes that exist (unknown ids are left out)'),
  edges: z
    .array(wireEdgeSchema)
    .describe('Relationships whose two ends are both among the nodes, passing the status and window filters'),
  truncated: z
    .boolean()
    .describe('Relationships were left out to keep the answer under its count and size caps'),
});

// --- Who partners with whom ---------------------------------------------------------------------
export const OVERVIEW_GROUPINGS = ['country', 'kind'] as const;
/** The group of organisations whose partnerships to list: `country:<place id>` or `kind:<kind>`. */
export const groupParam = z
  .string()
  .regex(
    /^(country|kind):[^\s:]{1,200}$/,
    'group must be country:<place id> or kind:<kind>, e.g. country:place-japan',
  )
  .transform((value) => {
    const [by, ...key] = value.split(':');
    return { by: by as (typeof OVERVIEW_GROUPINGS)[number], key: key.join(':') };
  });
/** Filters every partnership view takes. */
const partnershipFilters = {
  topics: csvList(nodeIdParam),
  ...dateWindow,
  status: statusFilterParam,
};
export const partnershipsRequestSchema = z
  .object({
    ids: csvList(nodeIdParam),
    group: groupParam
      .optional()
      .describe(
        'Only partnerships of organisations of one overview group (`country:<place id>`, `country:unknown`, `kind:<kind>`, `kind:unknown`)',
      ),
    ...partnershipFilters,
    limit: intParam(1, 500, 100, 'limit').describe('Partnerships per page, strongest (most evidence) first'),
    cursor: cursorParam,
  })
  .refine((request) => !(request.ids && request.group), {
    message: 'give ids or group, not both',
    path: ['group'],
  })
  .superRefine(refuseUnusableWindow);
export const evidenceSchema = z.object({
  kind: z.enum(['agreement', 'membership', 'cooperation']),
  /** The agreement's id, or the relationship's id for memberships and cooperation. */
  id: z.string(),
  name: z.string().nullable(),
  type: z.string(),
  date: z.string().nullable(),
  status: z.string().nullable().describe('The status the latest source reports (planned, signed, …), if any'),
  statusHistory: z
    .array(z.string())
    .describe(
      'Each status sources reported, oldest first, as "<published>|<status>|<source id>" (empty when one source)',
    ),
  spanStart: z.string().nullable().describe('First day the fact covers (ISO day), null when undated'),
  spanEnd: z.string().nullable().describe('Last day the fact covers; null when open (it lasts) or undated'),
  sources: z.number().describe('How many distinct sources support this piece of evidence'),
  citations: z.array(citationSchema).describe('Each distinct (source, quote) once'),
});
export type Evidence = z.infer<typeof evidenceSchema>;
export const partnershipsResponseSchema = z.object({
  graph: wireGraphSchema.describe(
    'One page of PARTNERS_WITH edges, strongest first, and their organisations',
  ),
  ...pageFields,
});

export const overviewRequestSchema = z
  .object({
    groupBy: z
      .enum(OVERVIEW_GROUPINGS, { message: `groupBy must be one of ${OVERVIEW_GROUPINGS.join(', ')}` })
      .default('country'),
    ...partnershipFilters,
  })
  .superRefine(refuseUnusableWindow);
/** The group of organisations with no known country or no kind. */
export const UNKNOWN_GROUP = 'unknown';
export const overviewGroupSchema = z.object({
  key: z
    .string()
    .describe(`A country's place id or a kind; "${UNKNOWN_GROUP}" for organisations without one`),
  name: z.string(),
  actors: z.number().describe('Organisations of the group that have a partnership in view'),
  partnerships: z.number().describe('Partnerships with at least one end in the group (inside it included)'),
  lat: z.number().optional(),
  lon: z.number().optional(),
});
export const overviewResponseSchema = z.object({
  groupBy: z.enum(OVERVIEW_GROUPINGS),
  groups: z.array(overviewGroupSchema).describe('Largest first (by partnerships)'),
  links: z
    .array(z.object({ source: z.string(), target: z.string(), partnerships: z.number() }))
    .describe('Partnerships between two different groups (by group key), strongest first'),
  truncated: z.boolean().describe('Groups or links were left out (the smallest) to keep the answer bounded'),
});

export const commonPartnersRequestSchema = z
  .object({
    ids: csvList(nodeIdParam).refine((ids) => ids !== undefined && ids.length >= 2 && ids.length <= 10, {
      message: 'ids must list 2–10 actors',
    }),
    ...dateWindow,
    status: statusFilterParam,
    limit: intParam(1, 200, 50, 'limit').describe('Partners per page, the most evidenced first'),
    cursor: cursorParam,
  })
  .superRefine(refuseUnusableWindow);
export const commonPartnersResponseSchema = z.object({
  partners: z.array(
    z.object({
      node: wireNodeSchema,
      links: z.array(z.object({ actorId: z.string(), evidence: z.array(evidenceSchema) })),
      evidenceCount: z.number().describe('Pieces of evidence over all its links: the ranking key'),
    }),
  ),
  graph: wireGraphSchema,
  ...pageFields,
});

// --- Paths --------------------------------------------------------------------------------------
export const DEFAULT_AVOIDED_LABELS = ['Place', 'Topic', 'Source'] as const;
/**
 * Intermediate nodes of a generic kind (a country, a city, a topic) with more links than this are
 * hubs through which "everyone is connected". Actors and acts (organisations, events, agreements)
 * are exempt whatever their degree: they are what brokers real cooperation, and the busiest nodes
 * of the curated data are of that kind (the 2025 Expo mission has 33 links, Dijon métropole 24),
 * while Japan has 20, Dijon 14 and Occitanie 12; every other place or topic has 8 or fewer.
 */
export const DEFAULT_MAX_DEGREE = 10;
/** Labels the degree cut-off never applies to (see DEFAULT_MAX_DEGREE). */
export const HUB_EXEMPT_LABELS = ['Organisation', 'Event', 'Agreement'] as const;
export const pathsRequestSchema = z
  .object({
    from: nodeIdParam,
    to: nodeIdParam,
    mode: z.enum(['shortest', 'all-shortest', 'k']).default('shortest'),
    k: intParam(1, 10, 3, 'k'),
    maxHops: intParam(1, 10, 6, 'maxHops'),
    types: csvList(relationshipTypeParam),
    /** Labels no intermediate node may have; "none" allows all. */
    avoid: z
      .preprocess((value) => (value === 'none' ? [] : value), csvList(labelParam))
      .transform((value) => value ?? [...DEFAULT_AVOIDED_LABELS]),
    maxDegree: intParam(1, 100_000, DEFAULT_MAX_DEGREE, 'maxDegree').describe(
      `Intermediate nodes with more links than this (sources not counted) are avoided as generic hubs, except organisations, events and agreements; the endpoints always count. Default ${DEFAULT_MAX_DEGREE}.`,
    ),
    ...dateWindow,
    status: statusFilterParam,
  })
  .refine((request) => request.from !== request.to, {
    message: 'from and to must be two different actors',
    path: ['to'],
  })
  .superRefine(refuseUnusableWindow);
export const hopSchema = z.object({
  edge: wireEdgeSchema,
  /** The hop as walked: from the path's previous node to the next (may run against the edge's direction). */
  from: z.string(),
  to: z.string(),
  status: z
    .string()
    .nullable()
    .describe(
      "The status of the hop: its relationship's, else that of the event or agreement it reaches; null when none is reported",
    ),
  citations: z.array(citationSchema),
});
export const pathSchema = z.object({
  length: z.number(),
  nodeIds: z.array(z.string()),
  hops: z.array(hopSchema),
});
export type PathResult = z.infer<typeof pathSchema>;
export const pathsResponseSchema = z.object({
  paths: z.array(pathSchema),
  graph: wireGraphSchema,
  truncated: z
    .boolean()
    .describe('More paths exist than returned (all-shortest is capped at 100 paths and by size)'),
});

// --- Timeline -----------------------------------------------------------------------------------
export const timelineRequestSchema = z
  .object({
    ids: csvList(nodeIdParam),
    since: dateWindow.since,
    until: dateWindow.until,
    limit: intParam(1, 1000, 200, 'limit'),
    status: statusFilterParam,
  })
  .superRefine(refuseUnusableWindow);
export const timelineItemSchema = z.object({
  node: wireNodeSchema,
  date: z.string(),
  end: z.string().nullable(),
  actorIds: z.array(z.string()),
});
export const timelineResponseSchema = z.object({ items: z.array(timelineItemSchema) });

// --- As of and what changed ---------------------------------------------------------------------
export const asOfRequestSchema = z
  .object({
    date: dateParam.describe(
      'The day, month or year D the network is shown as of: its last day, for the window and the status alike',
    ),
    status: statusFilterParam,
    ids: csvList(nodeIdParam).describe('Only partnerships of one of these organisations'),
    limit: intParam(1, 500, 200, 'limit').describe(
      'Partnerships per page, strongest (most evidence in force on D) first',
    ),
    cursor: cursorParam,
  })
  .superRefine((request, ctx) => refuseUnusableWindow({ since: request.date }, ctx));
/** The most events an as-of answer carries (newest first), so the answer stays bounded. */
export const AS_OF_MAX_EVENTS = 200;
export const asOfResponseSchema = z.object({
  date: z.string(),
  graph: wireGraphSchema.describe(
    `As of the last day of D: one page of PARTNERS_WITH edges, strongest (most evidence in force that day) first, and their organisations (the evidence in force that day, with the status sources published by then reported, plus evidence that had not started but that a source published by then announced or planned, shown with that status); on the first page only, the events started by then (at most ${AS_OF_MAX_EVENTS}, newest first) with the actors that took part in, led, organised or hosted them`,
  ),
  ...pageFields,
  total: z.number().describe('How many partnerships were in force on D (the whole ranking, before paging)'),
  eventsTruncated: z
    .boolean()
    .describe(
      `More events had started by D than this answer holds (cut at ${AS_OF_MAX_EVENTS} or by the 2 MB size bound)`,
    ),
});

export const CHANGE_KINDS = [
  'signed',
  'renewed',
  'announced',
  'ended',
  'held',
  'planned',
  'cancelled',
  'started',
] as const;
/** The most changes one answer lists (the oldest of the window first). */
export const MAX_CHANGES = 1000;
export const changesRequestSchema = z
  .object({
    since: dateParam,
    until: dateParam,
    limit: intParam(1, MAX_CHANGES, MAX_CHANGES, 'limit').describe('The most changes listed, oldest first'),
  })
  .superRefine(refuseUnusableWindow);
export const changeSchema = z.object({
  date: z
    .string()
    .describe(
      'When it changed, at the precision the source gives. A plan ("planned", "announced") is news when it is reported: its date is the reporting source\'s publication, and `scheduled` says when it was due. A date the text only bounds is the earliest day, with `latest` the latest',
    ),
  scheduled: z.string().optional().describe('For a planned or announced change: the date it was planned for'),
  latest: z
    .string()
    .optional()
    .describe('When the source only bounds the date: the latest day it may be (`date` is the earliest)'),
  change: z.enum(CHANGE_KINDS),
  element: z.object({
    id: z.string(),
    label: z.string().optional().describe('For a node: its label'),
    type: z.string().optional().describe('For a relationship: its type'),
    name: z.string().nullable().optional(),
    from: z.object({ id: z.string(), name: z.string().nullable() }).optional(),
    to: z.object({ id: z.string(), name: z.string().nullable() }).optional(),
  }),
  citation: z.object({
    quote: z.string(),
    sourceId: z.string(),
    sourceTitle: z.string().nullable(),
    published: z.string().nullable(),
  }),
});
export type Change = z.infer<typeof changeSchema>;
export const changesResponseSchema = z.object({
  changes: z.array(changeSchema).describe('Oldest first, at most `limit` (and at most 2 MB)'),
  total: z.number().describe('How many changes the window holds, before the cut'),
  truncated: z
    .boolean()
    .describe(
      'More changes exist than listed (cut at `limit` or by the 2 MB size bound): narrow the window to see the rest',
    ),
});

// --- Schema -------------------------------------------------------------------------------------
export const schemaResponseSchema = z.object({
  labels: z.array(z.object({ label: z.string(), count: z.number() })),
  relationshipTypes: z.array(z.object({ type: z.string(), count: z.number() })),
  propertyKeys: z.array(z.string()),
});

// --- Sources ------------------------------------------------------------------------------------
export const sourceSummarySchema = z.object({
  id: z.string(),
  properties: z.record(z.string(), jsonValueSchema),
  nodeCount: z.number(),
  relationshipCount: z.number(),
});
export const sourcesResponseSchema = z.object({
  sources: z.array(sourceSummarySchema),
  truncated: z
    .boolean()
    .describe('Sources were left out (the latest published) to keep the answer under 2 MB'),
});
export const sourceDetailsRequestSchema = z.object({
  limit: intParam(1, 1000, 200, 'limit').describe('Facts per page, in id order'),
  cursor: cursorParam,
});
export const sourceDetailsResponseSchema = z.object({
  source: sourceSummarySchema,
  ...pageFields,
  facts: z.array(
    z.object({
      kind: z.enum(['node', 'relationship']),
      id: z.string(),
      description: z.string(),
      quotes: z.array(z.string()),
    }),
  ),
  graph: wireGraphSchema.describe('The nodes and relationships of the page of facts'),
});

// --- Analyst Cypher -----------------------------------------------------------------------------
export const cypherRequestSchema = z
  .object({
    query: z.string().trim().min(1, 'query is required').max(20_000, 'query is at most 20,000 characters'),
    params: z.record(z.string(), jsonValueSchema).default({}),
  })
  .strict();
export interface QueryPlanOperator {
  operatorType: string;
  identifiers: string[];
  details?: string;
  estimatedRows?: number;
  rows?: number;
  dbHits?: number;
  pageCacheHits?: number;
  pageCacheMisses?: number;
  memory?: number;
  time?: number;
  arguments: Record<string, z.infer<typeof jsonValueSchema>>;
  children: QueryPlanOperator[];
}
export const queryPlanOperatorSchema: z.ZodType<QueryPlanOperator> = z.lazy(() =>
  z.object({
    operatorType: z.string().describe('Operator name without the database suffix, e.g. NodeByLabelScan'),
    identifiers: z.array(z.string()),
    details: z.string().optional().describe('What the operator does, as Neo4j describes it'),
    estimatedRows: z.number().optional().describe("The planner's estimate of the rows it produces"),
    rows: z.number().optional().describe('PROFILE only: rows it really produced'),
    dbHits: z.number().optional().describe('PROFILE only: database hits it cost'),
    pageCacheHits: z.number().optional(),
    pageCacheMisses: z.number().optional(),
    memory: z.number().optional().describe('PROFILE only: bytes of memory it used, when reported'),
    time: z.number().optional().describe('PROFILE only: nanoseconds spent, when the runtime reports it'),
    arguments: z.record(z.string(), jsonValueSchema).describe('Every argument Neo4j reported, as is'),
    children: z.array(queryPlanOperatorSchema),
  }),
);
export const queryPlanSchema = z.object({
  profiled: z.boolean().describe('true for PROFILE (measured), false for EXPLAIN (estimates only)'),
  totalDbHits: z.number().optional().describe('PROFILE only: the sum of every operator’s db hits'),
  root: queryPlanOperatorSchema,
});
export const cypherResponseSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), jsonValueSchema)),
  graph: wireGraphSchema,
  rowCount: z.number(),
  truncated: z.boolean(),
  queryType: z.string(),
  elapsedMs: z.number(),
  mode: z
    .enum(['run', 'explain', 'profile'])
    .describe('run: the query as sent; explain: planned only, no rows; profile: run and measured'),
  plan: queryPlanSchema
    .optional()
    .describe('For EXPLAIN and PROFILE queries: the tree of operators of the plan Neo4j ran or would run'),
});

// --- Import -------------------------------------------------------------------------------------
export const importResponseSchema = z.object({
  sources: z.number(),
  nodes: z.number(),
  relationships: z.number(),
});

/** An import sent in parts (POST /api/imports …): nothing is in the graph before it is published. */
export const importSessionSchema = z.object({
  id: z.string(),
  state: z
    .enum(['open', 'checking', 'writing', 'published', 'failed'])
    .describe('open: taking parts; checking, writing: committed and running; published or failed: done'),
  parts: z.number().int().describe('Parts received (each one dataset document)'),
  written: z.number().int().describe('Rows (sources, nodes, relationships) written so far'),
  total: z.number().int().describe('Rows to write, known once the parts are checked'),
  batches: z.number().int().describe('Transactions committed so far'),
  summary: importResponseSchema.optional().describe('What was imported, once published'),
  problem: z
    .object({
      code: z.string(),
      detail: z.string(),
      errors: z
        .array(z.object({ file: z.string(), record: z.string(), field: z.string(), message: z.string() }))
        .optional(),
    })
    .optional()
    .describe('Why it failed (nothing was written)'),
});

export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type EvidenceSearchResponse = z.infer<typeof evidenceSearchResponseSchema>;
export type NodeDetailsResponse = z.infer<typeof nodeDetailsResponseSchema>;
export type NeighboursResponse = z.infer<typeof neighboursResponseSchema>;
export type PartnershipsResponse = z.infer<typeof partnershipsResponseSchema>;
export type OverviewResponse = z.infer<typeof overviewResponseSchema>;
export type SubgraphRequest = z.input<typeof subgraphRequestSchema>;
export type SubgraphResponse = z.infer<typeof subgraphResponseSchema>;
export type CommonPartnersResponse = z.infer<typeof commonPartnersResponseSchema>;
export type PathsResponse = z.infer<typeof pathsResponseSchema>;
export type TimelineResponse = z.infer<typeof timelineResponseSchema>;
export type TimelineItem = z.infer<typeof timelineItemSchema>;
export type AsOfResponse = z.infer<typeof asOfResponseSchema>;
export type ChangesResponse = z.infer<typeof changesResponseSchema>;
export type SchemaResponse = z.infer<typeof schemaResponseSchema>;
export type SourcesResponse = z.infer<typeof sourcesResponseSchema>;
export type SourceDetailsResponse = z.infer<typeof sourceDetailsResponseSchema>;
export type CypherResponse = z.infer<typeof cypherResponseSchema>;
export type QueryPlan = z.infer<typeof queryPlanSchema>;
export type ImportResponse = z.infer<typeof importResponseSchema>;
export type ImportSession = z.infer<typeof importSessionSchema>;
