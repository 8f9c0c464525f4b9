// The OpenAPI 3.1 document served at /api/openapi.json, generated from the same zod schemas the
// server validates with, so it cannot drift from the code.
import { z } from 'zod';
import * as api from '../contract/api.ts';
import { nodeIdParam } from '../contract/common.ts';
import { problemSchema } from '../contract/graph.ts';

type Schema = z.ZodType;
const json = (schema: Schema) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
const input = (schema: Schema) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

function queryParameters(schema: Schema) {
  const shape = input(schema) as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(shape.properties ?? {}).map(([name, schemaOfParam]) => ({
    name,
    in: 'query',
    required: shape.required?.includes(name) ?? false,
    schema: schemaOfParam,
  }));
}

const idParameter = { name: 'id', in: 'path', required: true, schema: input(nodeIdParam) };
const problems = {
  '400': {
    description: 'Invalid input',
    content: { 'application/problem+json': { schema: json(problemSchema) } },
  },
  '404': {
    description: 'Not found',
    content: { 'application/problem+json': { schema: json(problemSchema) } },
  },
  '503': {
    description: 'Database unavailable',
    content: { 'application/problem+json': { schema: json(problemSchema) } },
  },
};
const ok = (schema: Schema, description = 'OK') => ({
  '200': { description, content: { 'application/json': { schema: json(schema) } } },
  ...problems,
});
const get = (summary: string, response: Schema, parameters: object[] = []) => ({
  get: { summary, parameters, responses: ok(response) },
});

export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cooperation Graph Explorer API',
      version: '0.1.0',
      description:
        'Who works with whom in international cooperation; every link cites its source. Errors are RFC 9457 problem+json with a stable `code`.',
    },
    paths: {
      '/api/health': get('Database reachability and version', z.object({ status: z.string() }).loose()),
      '/api/search': get(
        'Search actors by name, alias or acronym',
        api.searchResponseSchema,
        queryParameters(api.searchRequestSchema),
      ),
      '/api/nodes/{id}': get('A node, its neighbour counts and citations', api.nodeDetailsResponseSchema, [
        idParameter,
      ]),
      '/api/nodes/{id}/neighbours': get(
        'A page of neighbours, or groups for a hub',
        api.neighboursResponseSchema,
        [idParameter, ...queryParameters(api.neighboursRequestSchema)],
      ),
      '/api/partnerships': get(
        'Who partners with whom',
        api.partnershipsResponseSchema,
        queryParameters(api.partnershipsRequestSchema),
      ),
      '/api/common-partners': get(
        'Partners shared by several actors',
        api.commonPartnersResponseSchema,
        queryParameters(api.commonPartnersRequestSchema),
      ),
      '/api/paths': get(
        'Paths between two actors, with citations',
        api.pathsResponseSchema,
        queryParameters(api.pathsRequestSchema),
      ),
      '/api/timeline': get(
        'Agreements and events in a date window',
        api.timelineResponseSchema,
        queryParameters(api.timelineRequestSchema),
      ),
      '/api/schema': get('Labels, relationship types and property keys', api.schemaResponseSchema),
      '/api/sources': get('The sources behind the graph', api.sourcesResponseSchema),
      '/api/sources/{id}': get('A source and the facts it supports', api.sourceDetailsResponseSchema, [
        idParameter,
      ]),
      '/api/cypher': {
        post: {
          summary: 'Run a read-only Cypher query (bounded in time, rows and size)',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: input(api.cypherRequestSchema) } },
          },
          responses: ok(api.cypherResponseSchema),
        },
      },
      '/api/import': {
        post: {
          summary: 'Import dataset documents (bearer token; atomic, idempotent)',
          security: [{ importToken: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
          responses: {
            '201': {
              description: 'Imported',
              content: { 'application/json': { schema: json(api.importResponseSchema) } },
            },
            ...problems,
          },
        },
      },
    },
    components: { securitySchemes: { importToken: { type: 'http', scheme: 'bearer' } } },
  };
}
