// Every operation of the API, one row each: its path, parameters, success schema and the problem
// statuses it can answer (plus COMMON_STATUSES, which every route can send). The document builder
// (openapi-document.ts) turns the rows into OpenAPI.
import * as api from '../contract/api.ts';
import { labelParam, nodeIdParam } from '../contract/common.ts';
import { draftIdParamsSchema } from '../contract/drafts.ts';
import { type ComponentName, inline, type JsonSchema, queryParameters } from './openapi-schemas.ts';

const importIdParameter = { name: 'importId', in: 'path', required: true, schema: { type: 'string' } };
const partParameter = {
  name: 'n',
  in: 'path',
  required: true,
  description:
    'The part number, from 1; parts are imported in this order. Sending a number again replaces that part.',
  schema: { type: 'integer', minimum: 1, maximum: 10000 },
};
/** Problems of the parts API beyond the common ones. */
const IMPORT_PART_PROBLEMS = [
  400,
  401,
  {
    status: 403 as const,
    description: 'Import is disabled (no IMPORT_TOKEN on the server), or the Host check.',
  },
  { status: 404 as const, description: 'No such import (unknown id, or abandoned).' },
  {
    status: 409 as const,
    description: 'The import is not in a state that allows this (e.g. already committed).',
  },
  503,
] as const;

const idParameter = { name: 'id', in: 'path', required: true, schema: inline(nodeIdParam) };
const draftIdParameter = {
  name: 'id',
  in: 'path',
  required: true,
  schema: inline(draftIdParamsSchema.shape.id),
};
/** Every drafts route needs write access: 401 without a write token, 403 when the server takes no writes. */
const DRAFT_PROBLEMS = [
  400,
  401,
  {
    status: 403 as const,
    description: 'Writes are disabled (no WRITE_TOKENS or IMPORT_TOKEN), or the Host check.',
  },
  { status: 404 as const, description: 'No such draft (committed or discarded).' },
  503,
] as const;

/** What each problem status means here; an operation lists the ones it can answer. */
export const PROBLEM_STATUSES = {
  400: 'Invalid input: `code` names the rule, `issues` the fields (invalid-request).',
  401: 'Missing or wrong bearer token: the import token, or the read token a server bound beyond loopback requires.',
  403: 'The Host header names a server this one does not answer for, or the action is disabled.',
  404: 'Not found.',
  409: 'The data changed during the request; nothing was written.',
  413: 'The request body is larger than allowed.',
  415: 'The request body is not `application/json`.',
  422: 'Understood but not acceptable as it stands: the problem says what to fix (nothing was written).',
  429: 'Too many analyst queries at once; retry after `Retry-After` seconds.',
  500: 'The server failed; the log has the details.',
  503: 'The database is unavailable (starting, stopped or not reachable).',
} as const;
type ProblemStatus = keyof typeof PROBLEM_STATUSES;

/**
 * Statuses any route can send: the read token and the Host check run before routing, and any
 * handler can fail.
 */
export const COMMON_STATUSES: ProblemStatus[] = [401, 403, 500];
/** Routes that read the database also answer 400 for bad input and 503 when it is unavailable. */
const DATABASE_STATUSES: ProblemStatus[] = [400, 503];

export interface OperationSpec {
  method: 'get' | 'post' | 'put' | 'delete';
  /** The OpenAPI path template, e.g. `/api/nodes/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  parameters?: object[];
  /** A component's name, or a hand-written schema where the route's own parser is not a zod schema here. */
  requestBody?: { description?: string; schema: ComponentName | JsonSchema };
  success:
    | { status: 200 | 201 | 202; description: string; schema: ComponentName | JsonSchema }
    | { status: 204; description: string; schema?: undefined };
  /** Problem statuses beyond COMMON_STATUSES, with an override of the default description or schema. */
  problems: (ProblemStatus | { status: ProblemStatus; description?: string; schema?: ComponentName })[];
  security?: object[];
}

export const OPERATIONS: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'getOpenApiDocument',
    summary: 'This document',
    success: {
      status: 200,
      description: 'The OpenAPI 3.1 document',
      schema: { type: 'object', required: ['openapi', 'info', 'paths'] },
    },
    problems: [],
  },
  {
    method: 'get',
    path: '/api/health',
    operationId: 'getHealth',
    summary: 'Database reachability and version',
    success: { status: 200, description: 'The database answers', schema: 'HealthResponse' },
    problems: [{ status: 503, schema: 'HealthUnavailable' }],
  },
  {
    method: 'get',
    path: '/api/search',
    operationId: 'searchActors',
    summary: 'Search actors by name, alias or acronym',
    parameters: queryParameters(api.searchRequestSchema),
    success: { status: 200, description: 'Matches, best first', schema: 'SearchResponse' },
    problems: DATABASE_STATUSES,
  },
  {
    method: 'get',
    path: '/api/nodes/{id}',
    operationId: 'getNode',
    summary: 'A node, its neighbour counts and citations',
    parameters: [idParameter],
    success: { status: 200, description: 'The node', schema: 'NodeDetailsResponse' },
    problems: [...DATABASE_STATUSES, 404],
  },
  {
    method: 'get',
    path: '/api/nodes/{id}/neighbours',
    operationId: 'listNeighbours',
    summary: 'A page of neighbours, or groups for a hub',
    parameters: [idParameter, ...queryParameters(api.neighboursRequestSchema)],
    success: { status: 200, description: 'Neighbours or groups', schema: 'NeighboursResponse' },
    problems: [...DATABASE_STATUSES, 404],
  },
  {
    method: 'post',
    path: '/api/subgraph',
    operationId: 'getSubgraph',
    summary: 'The nodes of a canvas and every relationship among them, in one request',
    requestBody: { schema: 'SubgraphRequest' },
    success: {
      status: 200,
      description: 'The nodes that exist and the relationships among them (capped by count and size)',
      schema: 'SubgraphResponse',
    },
    problems: [...DATABASE_STATUSES, 413],
  },
  {
    method: 'get',
    path: '/api/partnerships/overview',
    operationId: 'getPartnershipOverview',
    summary: 'The partnership network aggregated by country or kind of organisation, at any size',
    parameters: queryParameters(api.overviewRequestSchema),
    success: { status: 200, description: 'Groups and the links between them', schema: 'OverviewResponse' },
    problems: DATABASE_STATUSES,
  },
  {
    method: 'get',
    path: '/api/partnerships',
    operationId: 'listPartnerships',
    summary: 'Who partners with whom: one page, strongest first (whole graph, around ids, or of a group)',
    parameters: queryParameters(api.partnershipsRequestSchema),
    success: {
      status: 200,
      description: 'One page of the partnership graph',
      schema: 'PartnershipsResponse',
    },
    problems: DATABASE_STATUSES,
  },
  {
    method: 'get',
    path: '/api/common-partners',
    operationId: 'listCommonPartners',
    summary: 'Partners shared by several actors',
    parameters: queryParameters(api.commonPartnersRequestSchema),
    success: {
      status: 200,
      description: 'Shared partners and their evidence',
      schema: 'CommonPartnersResponse',
    },
    problems: DATABASE_STATUSES,
  },
  {
    method: 'get',
    path: '/api/paths',
    operationId: 'findPaths',
    summary: 'Paths between two actors, with citations',
    parameters: queryParameters(api.pathsRequestSchema, {
      avoid: {
        description: 'Labels no intermediate node may have; `none` alone allows every label.',
        // The zod schema turns "none" into an empty list before validating, so it cannot show it.
        schema: {
          type: 'array',
          items: { type: 'string', enum: [...labelParam.options, 'none'] },
          default: [...api.DEFAULT_AVOIDED_LABELS],
        },
      },
    }),
    success: { status: 200, description: 'The paths found (none is an empty list)', schema: 'PathsResponse' },
    problems: [...DATABASE_STATUSES, { status: 404, description: '`from` or `to` names no node.' }],
  },
  {
    method: 'get',
    path: '/api/timeline',
    operationId: 'getTimeline',
    summary: 'Agreements and events in a date window',
    parameters: queryParameters(api.timelineRequestSchema),
    success: { status: 200, description: 'Dated items, oldest first', schema: 'TimelineResponse' },
    problems: DATABASE_STATUSES,
  },
  {
    method: 'get',
    path: '/api/as-of',
    operationId: 'getNetworkAsOf',
    summary: 'The partnership network as it stood at a date, as reported by sources published by then',
    parameters: queryParameters(api.asOfRequestSchema),
    success: {
      status: 200,
      description: 'The partnerships in force on the last day of the date, and those announced by then',
      schema: 'AsOfResponse',
    },
    problems: DATABASE_STATUSES,
  },
  {
    method: 'get',
    path: '/api/changes',
    operationId: 'listChanges',
    summary: 'What was signed, renewed, announced, ended, held or started between two dates',
    parameters: queryParameters(api.changesRequestSchema),
    success: {
      status: 200,
      description: 'Each change with its citation, oldest first',
      schema: 'ChangesResponse',
    },
    problems: DATABASE_STATUSES,
  },
  {
    method: 'get',
    path: '/api/schema',
    operationId: 'getSchema',
    summary: 'Labels, relationship types and property keys',
    success: { status: 200, description: 'The graph schema with counts', schema: 'SchemaResponse' },
    problems: [503],
  },
  {
    method: 'get',
    path: '/api/sources',
    operationId: 'listSources',
    summary: 'The sources behind the graph',
    success: { status: 200, description: 'Every source', schema: 'SourcesResponse' },
    problems: [503],
  },
  {
    method: 'get',
    path: '/api/sources/{id}',
    operationId: 'getSource',
    summary: 'A source and one page of the facts it supports',
    parameters: [idParameter, ...queryParameters(api.sourceDetailsRequestSchema)],
    success: { status: 200, description: 'The source and its facts', schema: 'SourceDetailsResponse' },
    problems: [...DATABASE_STATUSES, 404],
  },
  {
    method: 'post',
    path: '/api/cypher',
    operationId: 'runCypher',
    summary: 'Run a read-only Cypher query (bounded in time, rows and size)',
    requestBody: { schema: 'CypherRequest' },
    success: {
      status: 200,
      description: 'Columns, rows and the graph they contain',
      schema: 'CypherResponse',
    },
    problems: [
      {
        status: 400,
        description: 'Invalid input, a refused, failed or timed-out query (`code` says which).',
      },
      413,
      429,
      503,
    ],
  },
  {
    method: 'post',
    path: '/api/import',
    operationId: 'importDocuments',
    summary: 'Import dataset documents (bearer token; atomic, idempotent)',
    requestBody: {
      description: 'One dataset document, or several under `documents` (each validated in full).',
      schema: {
        oneOf: [
          {
            type: 'object',
            required: ['documents'],
            properties: {
              documents: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'object' } },
            },
            additionalProperties: false,
          },
          { type: 'object', not: { required: ['documents'] } },
        ],
      },
    },
    security: [{ importToken: [] }],
    success: { status: 201, description: 'Imported', schema: 'ImportResponse' },
    problems: [
      { status: 400, description: 'Invalid documents; `errors` lists each, and nothing was written.' },
      401,
      { status: 403, description: 'Import is disabled (no IMPORT_TOKEN on the server), or the Host check.' },
      409,
      413,
      415,
      503,
    ],
  },
  {
    method: 'post',
    path: '/api/imports',
    operationId: 'openImport',
    summary: 'Open an import sent in parts (bearer token); nothing is written before its commit',
    security: [{ importToken: [] }],
    success: { status: 201, description: 'Opened', schema: 'ImportSession' },
    problems: [
      401,
      { status: 403, description: 'Import is disabled (no IMPORT_TOKEN on the server), or the Host check.' },
      503,
    ],
  },
  {
    method: 'put',
    path: '/api/imports/{importId}/parts/{n}',
    operationId: 'putImportPart',
    summary: 'Upload part n of an open import: one dataset document (at most 5 MB)',
    parameters: [importIdParameter, partParameter],
    requestBody: { description: 'One dataset document.', schema: { type: 'object' } },
    security: [{ importToken: [] }],
    success: { status: 200, description: 'Stored (checked at commit)', schema: 'ImportSession' },
    problems: [...IMPORT_PART_PROBLEMS, 413, 415],
  },
  {
    method: 'post',
    path: '/api/imports/{importId}/commit',
    operationId: 'commitImport',
    summary: 'Check and write the parts, in batches, all or nothing; poll GET for progress',
    parameters: [importIdParameter],
    security: [{ importToken: [] }],
    success: { status: 202, description: 'Started', schema: 'ImportSession' },
    problems: [...IMPORT_PART_PROBLEMS],
  },
  {
    method: 'get',
    path: '/api/imports/{importId}',
    operationId: 'getImport',
    summary: 'State and progress of an import sent in parts',
    parameters: [importIdParameter],
    security: [{ importToken: [] }],
    success: { status: 200, description: 'Its state', schema: 'ImportSession' },
    problems: [...IMPORT_PART_PROBLEMS],
  },
  {
    method: 'delete',
    path: '/api/imports/{importId}',
    operationId: 'abandonImport',
    summary: 'Abandon an import that is not running (its parts are deleted; nothing was written)',
    parameters: [importIdParameter],
    security: [{ importToken: [] }],
    success: { status: 200, description: 'Abandoned: its last state', schema: 'ImportSession' },
    problems: [...IMPORT_PART_PROBLEMS],
  },
  {
    method: 'post',
    path: '/api/drafts',
    operationId: 'createDraft',
    summary: 'Draft an article (text, Markdown or HTML): candidate actors and facts, each with its quote',
    requestBody: { schema: 'CreateDraftRequest' },
    security: [{ importToken: [] }],
    success: { status: 201, description: 'The draft, stored for review', schema: 'Draft' },
    problems: [
      ...DRAFT_PROBLEMS,
      { status: 409, description: 'Too many drafts under review: commit or discard some first.' },
      { status: 413, description: 'The article is larger than 500 kB.' },
    ],
  },
  {
    method: 'get',
    path: '/api/drafts',
    operationId: 'listDrafts',
    summary: 'Drafts under review, newest change first',
    security: [{ importToken: [] }],
    success: { status: 200, description: 'The drafts', schema: 'DraftList' },
    problems: [...DRAFT_PROBLEMS],
  },
  {
    method: 'get',
    path: '/api/drafts/{id}',
    operationId: 'getDraft',
    summary: 'One draft: its text, sentences, mentions and candidates with their issues',
    parameters: [draftIdParameter],
    security: [{ importToken: [] }],
    success: { status: 200, description: 'The draft', schema: 'Draft' },
    problems: [...DRAFT_PROBLEMS],
  },
  {
    method: 'put',
    path: '/api/drafts/{id}',
    operationId: 'updateDraft',
    summary: 'Review a draft: source fields, decisions, edited records, "same as" an existing node',
    parameters: [draftIdParameter],
    requestBody: { schema: 'UpdateDraftRequest' },
    security: [{ importToken: [] }],
    success: { status: 200, description: 'The draft, validated again', schema: 'Draft' },
    problems: [...DRAFT_PROBLEMS],
  },
  {
    method: 'post',
    path: '/api/drafts/{id}/commit',
    operationId: 'commitDraft',
    summary:
      'Import the accepted candidates and the source with its text (atomic, idempotent); the draft is removed',
    parameters: [draftIdParameter],
    security: [{ importToken: [] }],
    success: { status: 201, description: 'Imported', schema: 'CommitDraftResponse' },
    problems: [
      ...DRAFT_PROBLEMS,
      409,
      {
        status: 422,
        description:
          'Accepted candidates or the source have issues (`candidates`, `sourceIssues`); nothing was written.',
      },
    ],
  },
  {
    method: 'delete',
    path: '/api/drafts/{id}',
    operationId: 'discardDraft',
    summary: 'Discard a draft (nothing was written to the graph)',
    parameters: [draftIdParameter],
    security: [{ importToken: [] }],
    success: { status: 204, description: 'Discarded' },
    problems: [...DRAFT_PROBLEMS],
  },
  {
    method: 'get',
    path: '/api/sources/{id}/text',
    operationId: 'getSourceText',
    summary: "A source's full text, when its import gave one (to show a quote in context)",
    parameters: [idParameter],
    success: { status: 200, description: 'The text', schema: 'SourceTextResponse' },
    problems: [
      400,
      { status: 404, description: 'No such source, or it was imported without its text.' },
      503,
    ],
  },
];
