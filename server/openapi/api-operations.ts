// Every operation of the API, one row each: its path, parameters, success schema and the problem
// statuses it can answer (plus COMMON_STATUSES, which every route can send). The document builder
// (openapi-document.ts) turns the rows into OpenAPI.
import * as api from '../contract/api.ts';
import { labelParam, nodeIdParam } from '../contract/common.ts';
import { auditPageRequestSchema } from '../contract/curation.ts';
import { draftIdParamsSchema } from '../contract/drafts.ts';
import { spreadsheetPreviewRequestSchema, spreadsheetRequestSchema } from '../contract/spreadsheet.ts';
import { shortIdParam } from '../contract/views.ts';
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
const elementIdParameter = {
  ...idParameter,
  description: 'A node id, or a relationship id ("from|TYPE|to|key", URL-encoded)',
};
/** Problems of the curation writes beyond the common ones. */
const CURATION_PROBLEMS = [
  {
    status: 400 as const,
    description: 'Invalid input, or an edit the import format refuses; nothing changed.',
  },
  { status: 401 as const, description: 'Missing or wrong write token (WRITE_TOKENS or IMPORT_TOKEN).' },
  {
    status: 403 as const,
    description: 'Writes are disabled (no write token on the server), or the Host check.',
  },
  { status: 404 as const, description: 'No such element or source.' },
  503,
] as const;
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
  422: 'Understood but not acceptable as it stands: the problem says what to fix (for a spreadsheet, `errors` names each row and column); nothing was written.',
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
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
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

const shortIdParameter = { name: 'id', in: 'path', required: true, schema: inline(shortIdParam) };
/** Saving a view or story is open to readers; a write token, when sent, records who saved it. */
const VIEW_WRITE_PROBLEMS = [
  400,
  {
    status: 403 as const,
    description: "Saved under another write token's name (only that token may change it), or the Host check.",
  },
  { status: 413 as const, description: 'The body is larger than 512 kB.' },
  503,
] as const;
const DELETED = {
  type: 'object',
  required: ['deleted'],
  properties: { deleted: { type: 'string' } },
};
const STORE_FULL = {
  status: 409 as const,
  description: 'The store holds the most views (2,000) or stories (200) it keeps.',
};

/** Saved views and stories (views/views-routes.ts). */
const VIEW_OPERATIONS: OperationSpec[] = [
  {
    method: 'get',
    path: '/api/views',
    operationId: 'listViews',
    summary: 'Saved views, newest change first (without their states)',
    success: { status: 200, description: 'The views', schema: 'SavedViewList' },
    problems: [503],
  },
  {
    method: 'post',
    path: '/api/views',
    operationId: 'createView',
    summary: 'Save a named view (positions, hidden elements, pins, selection, filters, layout, notes)',
    requestBody: { schema: 'ViewInput' },
    success: { status: 201, description: 'Saved, with its short id', schema: 'SavedView' },
    problems: [...VIEW_WRITE_PROBLEMS, STORE_FULL],
  },
  {
    method: 'get',
    path: '/api/views/{id}',
    operationId: 'getView',
    summary: 'A saved view, whole',
    parameters: [shortIdParameter],
    success: { status: 200, description: 'The view', schema: 'SavedView' },
    problems: [400, 404, 503],
  },
  {
    method: 'put',
    path: '/api/views/{id}',
    operationId: 'updateView',
    summary: 'Replace a saved view',
    parameters: [shortIdParameter],
    requestBody: { schema: 'ViewInput' },
    success: { status: 200, description: 'Replaced', schema: 'SavedView' },
    problems: [...VIEW_WRITE_PROBLEMS, 404],
  },
  {
    method: 'delete',
    path: '/api/views/{id}',
    operationId: 'deleteView',
    summary: 'Delete a saved view (stories show its steps as missing)',
    parameters: [shortIdParameter],
    success: { status: 200, description: 'Deleted', schema: DELETED },
    problems: [...VIEW_WRITE_PROBLEMS, 404],
  },
  {
    method: 'get',
    path: '/api/stories',
    operationId: 'listStories',
    summary: 'Stories, newest change first',
    success: { status: 200, description: 'The stories', schema: 'StoryList' },
    problems: [503],
  },
  {
    method: 'post',
    path: '/api/stories',
    operationId: 'createStory',
    summary: 'Save a story: an ordered list of saved views with notes',
    requestBody: { schema: 'StoryInput' },
    success: { status: 201, description: 'Saved, with its short id', schema: 'Story' },
    problems: [...VIEW_WRITE_PROBLEMS, STORE_FULL],
  },
  {
    method: 'get',
    path: '/api/stories/{id}',
    operationId: 'getStory',
    summary: "A story with its steps and their views' names",
    parameters: [shortIdParameter],
    success: { status: 200, description: 'The story', schema: 'Story' },
    problems: [400, 404, 503],
  },
  {
    method: 'put',
    path: '/api/stories/{id}',
    operationId: 'updateStory',
    summary: 'Replace a story',
    parameters: [shortIdParameter],
    requestBody: { schema: 'StoryInput' },
    success: { status: 200, description: 'Replaced', schema: 'Story' },
    problems: [...VIEW_WRITE_PROBLEMS, 404],
  },
  {
    method: 'delete',
    path: '/api/stories/{id}',
    operationId: 'deleteStory',
    summary: 'Delete a story (its views stay)',
    parameters: [shortIdParameter],
    success: { status: 200, description: 'Deleted', schema: DELETED },
    problems: [...VIEW_WRITE_PROBLEMS, 404],
  },
];

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
    path: '/api/search/evidence',
    operationId: 'searchEvidence',
    summary: 'Search inside the evidence: facts whose cited quotes contain the words',
    parameters: queryParameters(api.evidenceSearchRequestSchema),
    success: {
      status: 200,
      description: 'Matching facts, best first, each with its quote and where the words are in it',
      schema: 'EvidenceSearchResponse',
    },
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
      description:
        'One page of the partnerships in force on the last day of the date (and those announced by then), strongest first, with the total and a cursor; the events started by then on the first page',
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
      description:
        'Each change with its citation, oldest first, cut at `limit` and by size (`total`, `truncated`)',
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
    path: '/api/imports/spreadsheet/preview',
    operationId: 'previewSpreadsheetImport',
    summary:
      'What a CSV, TSV or XLSX file would import with a column mapping (write token); nothing is written',
    requestBody: {
      description:
        "The file in base64, with a mapping or a saved mapping's name (without either: its headers and guessed columns only).",
      schema: inline(spreadsheetPreviewRequestSchema),
    },
    security: [{ importToken: [] }],
    success: {
      status: 200,
      description: 'The preview: counts, matched and new actors, the first rows, row errors',
      schema: 'SpreadsheetPreview',
    },
    problems: [
      { status: 400, description: 'Invalid request, or a file that cannot be read (`code` says why).' },
      401,
      404,
      413,
      415,
      503,
    ],
  },
  {
    method: 'post',
    path: '/api/imports/spreadsheet',
    operationId: 'importSpreadsheet',
    summary:
      'Import a CSV, TSV or XLSX file with a column mapping (write token; atomic: one bad row refuses all)',
    requestBody: {
      description: "The file in base64, with a mapping or a saved mapping's name.",
      schema: inline(spreadsheetRequestSchema),
    },
    security: [{ importToken: [] }],
    success: { status: 201, description: 'Imported', schema: 'SpreadsheetImportResponse' },
    problems: [
      {
        status: 400,
        description: 'Invalid request, a file that cannot be read, or documents the loader refuses.',
      },
      401,
      404,
      409,
      413,
      415,
      422,
      503,
    ],
  },
  {
    method: 'get',
    path: '/api/imports/spreadsheet/mappings',
    operationId: 'listSpreadsheetMappings',
    summary: 'The saved column mappings (write token)',
    security: [{ importToken: [] }],
    success: { status: 200, description: 'The mappings, by name', schema: 'SavedMappingsResponse' },
    problems: [401, 503],
  },
  {
    method: 'put',
    path: '/api/imports/spreadsheet/mappings/{name}',
    operationId: 'saveSpreadsheetMapping',
    summary: 'Save a column mapping under a name, replacing one of that name (write token)',
    parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string', maxLength: 100 } }],
    requestBody: {
      description: 'The mapping, under `mapping`.',
      schema: { type: 'object', required: ['mapping'], properties: { mapping: { type: 'object' } } },
    },
    security: [{ importToken: [] }],
    success: { status: 200, description: 'Saved', schema: 'SavedMapping' },
    problems: [400, 401, 413, 415, 503],
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
    method: 'patch',
    path: '/api/elements/{id}',
    operationId: 'editElement',
    summary: "Edit a fact's scalar properties, with a reason (write token; atomic, audited)",
    parameters: [elementIdParameter],
    requestBody: {
      description: '`properties`: key → new value (null removes it); `reason`: why.',
      schema: 'EditElementRequest',
    },
    security: [{ importToken: [] }],
    success: {
      status: 200,
      description: 'Edited: its properties and what changed',
      schema: 'EditElementResponse',
    },
    problems: [...CURATION_PROBLEMS],
  },
  {
    method: 'delete',
    path: '/api/elements/{id}',
    operationId: 'deleteElement',
    summary: 'Delete a relationship, or a node with its relationships, with a reason (write token; audited)',
    parameters: [elementIdParameter],
    requestBody: { description: '`reason`: why.', schema: 'ReasonRequest' },
    security: [{ importToken: [] }],
    success: { status: 200, description: 'Deleted: what went with it', schema: 'DeleteElementResponse' },
    problems: [...CURATION_PROBLEMS],
  },
  {
    method: 'get',
    path: '/api/elements/{id}/history',
    operationId: 'getElementHistory',
    summary:
      "A node's or relationship's audit trail, newest first: the imports of its sources, edits, deletion, retractions",
    parameters: [elementIdParameter, ...queryParameters(auditPageRequestSchema)],
    success: { status: 200, description: 'A page of entries', schema: 'AuditPage' },
    problems: DATABASE_STATUSES,
  },
  {
    method: 'post',
    path: '/api/sources/{id}/retract',
    operationId: 'retractSource',
    summary:
      'Retract a source: facts only it supports go, the others lose its citation (write token; atomic, audited)',
    parameters: [idParameter],
    requestBody: {
      description:
        '`reason`: why; `dryRun: true` only says what would go (no reason needed, nothing written).',
      schema: 'RetractRequest',
    },
    security: [{ importToken: [] }],
    success: {
      status: 200,
      description: 'Retracted (or, for a dry run, what would be)',
      schema: 'RetractResponse',
    },
    problems: [...CURATION_PROBLEMS],
  },
  {
    method: 'get',
    path: '/api/sources/{id}/history',
    operationId: 'getSourceHistory',
    summary:
      "A source's audit trail, newest first: its imports, retraction, and changes to the facts it supports",
    parameters: [idParameter, ...queryParameters(auditPageRequestSchema)],
    success: { status: 200, description: 'A page of entries', schema: 'AuditPage' },
    problems: DATABASE_STATUSES,
  },
  {
    method: 'get',
    path: '/api/audit',
    operationId: 'getAuditTrail',
    summary: 'Every change to the graph, newest first (imports, edits, deletions, retractions)',
    parameters: queryParameters(auditPageRequestSchema),
    success: { status: 200, description: 'A page of entries', schema: 'AuditPage' },
    problems: DATABASE_STATUSES,
  },
  ...VIEW_OPERATIONS,
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
