// The OpenAPI 3.1 document served at /api/openapi.json, generated from the same zod schemas the
// server validates with, so it cannot drift from the code. Every operation is one row of OPERATIONS;
// the statuses it can answer are declared there (plus COMMON_STATUSES, which every route can send).
import { z } from 'zod';
import * as api from '../contract/api.ts';
import { citationSchema, labelParam, nodeIdParam } from '../contract/common.ts';
import {
  jsonValueSchema,
  problemSchema,
  wireEdgeSchema,
  wireGraphSchema,
  wireNodeSchema,
} from '../contract/graph.ts';

type Schema = z.ZodType;
type JsonSchema = Record<string, unknown>;

/**
 * The schemas published under components/schemas, by name. A schema used in several places is
 * converted once and referenced everywhere (zod's per-schema `$defs` would dangle in the document).
 * Responses are described as the server produces them (`io: output`), request bodies as clients send
 * them (`io: input`); a name in both lists must convert to the same schema both ways.
 */
const RESPONSE_SCHEMAS = {
  JsonValue: jsonValueSchema,
  WireNode: wireNodeSchema,
  WireEdge: wireEdgeSchema,
  WireGraph: wireGraphSchema,
  Citation: citationSchema,
  Evidence: api.evidenceSchema,
  NeighbourGroup: api.neighbourGroupSchema,
  Problem: problemSchema,
  HealthResponse: api.healthResponseSchema,
  HealthUnavailable: api.healthUnavailableSchema,
  SearchResponse: api.searchResponseSchema,
  NodeDetailsResponse: api.nodeDetailsResponseSchema,
  NeighboursResponse: api.neighboursResponseSchema,
  PartnershipsResponse: api.partnershipsResponseSchema,
  CommonPartnersResponse: api.commonPartnersResponseSchema,
  PathsResponse: api.pathsResponseSchema,
  TimelineResponse: api.timelineResponseSchema,
  AsOfResponse: api.asOfResponseSchema,
  ChangesResponse: api.changesResponseSchema,
  SchemaResponse: api.schemaResponseSchema,
  SourcesResponse: api.sourcesResponseSchema,
  SourceDetailsResponse: api.sourceDetailsResponseSchema,
  QueryPlanOperator: api.queryPlanOperatorSchema,
  QueryPlan: api.queryPlanSchema,
  CypherResponse: api.cypherResponseSchema,
  ImportResponse: api.importResponseSchema,
} satisfies Record<string, Schema>;
const REQUEST_SCHEMAS = {
  JsonValue: jsonValueSchema,
  CypherRequest: api.cypherRequestSchema,
} satisfies Record<string, Schema>;
type ComponentName = keyof typeof RESPONSE_SCHEMAS | keyof typeof REQUEST_SCHEMAS;

const COMPONENT_PREFIX = '#/components/schemas/';
const ref = (name: ComponentName) => ({ $ref: `${COMPONENT_PREFIX}${name}` });
const schemaOrRef = (schema: ComponentName | JsonSchema) =>
  typeof schema === 'string' ? ref(schema) : schema;

function convertRegistry(
  schemas: Record<string, Schema>,
  io: 'input' | 'output',
): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const converted = z.toJSONSchema(registry, {
    io,
    unrepresentable: 'any',
    uri: (id) => `${COMPONENT_PREFIX}${id}`,
  }).schemas;
  // `$schema` and `$id` are per-file headers; inside the document they would change ref resolution.
  return Object.fromEntries(
    Object.entries(converted).map(([id, { $schema: _schema, $id: _id, ...schema }]) => [id, schema]),
  );
}

export function componentSchemas(): Record<string, JsonSchema> {
  const output = convertRegistry(RESPONSE_SCHEMAS, 'output');
  const input = convertRegistry(REQUEST_SCHEMAS, 'input');
  for (const [id, schema] of Object.entries(input)) {
    if (id in output && JSON.stringify(output[id]) !== JSON.stringify(schema)) {
      throw new Error(
        `The schema "${id}" differs as request and as response: give the request its own name.`,
      );
    }
  }
  return { ...output, ...input };
}

/** A schema used inline (a parameter); one that would need `$defs` belongs in components instead. */
function inline(schema: Schema): JsonSchema {
  const { $schema: _schema, ...converted } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  if ('$defs' in converted) throw new Error('An inline schema needs $defs: register it in the components.');
  return converted;
}

/** What a parameter's zod schema cannot say by itself: a note, or the schema as clients see it. */
type ParameterNote = { description?: string; schema?: JsonSchema };

/** Query parameters from a request schema. Lists travel comma-separated in one value (`a,b`). */
function queryParameters(schema: Schema, notes: Record<string, ParameterNote> = {}) {
  const shape = inline(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(shape.properties ?? {}).map(([name, { description, ...converted }]) => {
    const schemaOfParam = notes[name]?.schema ?? converted;
    const isList = schemaOfParam.type === 'array';
    const text = [
      description,
      isList ? 'A comma-separated list (`a,b`).' : undefined,
      notes[name]?.description,
    ]
      .filter(Boolean)
      .join(' ');
    return {
      name,
      in: 'query',
      required: shape.required?.includes(name) ?? false,
      ...(text ? { description: text } : {}),
      schema: schemaOfParam,
      ...(isList ? { style: 'form', explode: false } : {}),
    };
  });
}

const idParameter = { name: 'id', in: 'path', required: true, schema: inline(nodeIdParam) };

/** What each problem status means here; an operation lists the ones it can answer. */
const PROBLEM_STATUSES = {
  400: 'Invalid input: `code` names the rule, `issues` the fields (invalid-request).',
  401: 'Missing or wrong bearer token: the import token, or the read token a server bound beyond loopback requires.',
  403: 'The Host header names a server this one does not answer for, or the action is disabled.',
  404: 'Not found.',
  409: 'The data changed during the request; nothing was written.',
  413: 'The request body is larger than allowed.',
  415: 'The request body is not `application/json`.',
  429: 'Too many analyst queries at once; retry after `Retry-After` seconds.',
  500: 'The server failed; the log has the details.',
  503: 'The database is unavailable (starting, stopped or not reachable).',
} as const;
type ProblemStatus = keyof typeof PROBLEM_STATUSES;

/**
 * Statuses any route can send: the read token and the Host check run before routing, and any
 * handler can fail.
 */
const COMMON_STATUSES: ProblemStatus[] = [401, 403, 500];
/** Routes that read the database also answer 400 for bad input and 503 when it is unavailable. */
const DATABASE_STATUSES: ProblemStatus[] = [400, 503];

export interface OperationSpec {
  method: 'get' | 'post';
  /** The OpenAPI path template, e.g. `/api/nodes/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  parameters?: object[];
  /** A component's name, or a hand-written schema where the route's own parser is not a zod schema here. */
  requestBody?: { description?: string; schema: ComponentName | JsonSchema };
  success: { status: 200 | 201; description: string; schema: ComponentName | JsonSchema };
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
    method: 'get',
    path: '/api/partnerships',
    operationId: 'listPartnerships',
    summary: 'Who partners with whom',
    parameters: queryParameters(api.partnershipsRequestSchema),
    success: { status: 200, description: 'The partnership graph', schema: 'PartnershipsResponse' },
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
    summary: 'A source and the facts it supports',
    parameters: [idParameter],
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
];

const problemContent = (schema: ComponentName) => ({
  'application/problem+json': { schema: ref(schema) },
});

function responsesOf(operation: OperationSpec) {
  const { success } = operation;
  const responses: Record<string, object> = {
    [success.status]: {
      description: success.description,
      content: {
        'application/json': { schema: schemaOrRef(success.schema) },
      },
    },
  };
  const declared = [...COMMON_STATUSES, ...operation.problems].map((entry) =>
    typeof entry === 'number' ? { status: entry } : entry,
  );
  for (const { status, description, schema } of declared) {
    const response: Record<string, unknown> = {
      description: description ?? PROBLEM_STATUSES[status],
      content: problemContent(schema ?? 'Problem'),
    };
    if (status === 429) {
      response.headers = {
        'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } },
      };
    }
    responses[status] = { ...(responses[status] as object | undefined), ...response };
  }
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b)));
}

function operationObject(operation: OperationSpec) {
  const { requestBody } = operation;
  const body = requestBody && {
    ...(requestBody.description ? { description: requestBody.description } : {}),
    required: true,
    content: { 'application/json': { schema: schemaOrRef(requestBody.schema) } },
  };
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    ...(operation.parameters ? { parameters: operation.parameters } : {}),
    ...(body ? { requestBody: body } : {}),
    ...(operation.security ? { security: operation.security } : {}),
    responses: responsesOf(operation),
  };
}

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, object>> = {};
  for (const operation of OPERATIONS) {
    paths[operation.path] = { ...paths[operation.path], [operation.method]: operationObject(operation) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cooperation Graph Explorer API',
      version: '0.1.0',
      description: [
        'Who works with whom in international cooperation; every link cites its source.',
        'Errors are RFC 9457 problem+json with a stable `code`; extension members (`instance`, `issues`,',
        '`neo4jCode`, `position`, `queryType`, …) carry the details.',
        'Requests whose headers are too large are answered 431 by Node itself, before any route runs.',
      ].join(' '),
    },
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: { importToken: { type: 'http', scheme: 'bearer' } },
    },
  };
}
