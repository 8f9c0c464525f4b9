// The schemas of the OpenAPI document: the zod contract converted once into components/schemas
// (zod's per-schema `$defs` would dangle in the document), inline parameter schemas, and query
// parameters described as clients send them.
import { z } from 'zod';
import * as api from '../contract/api.ts';
import { citationSchema } from '../contract/common.ts';
import * as drafts from '../contract/drafts.ts';
import {
  jsonValueSchema,
  problemSchema,
  wireEdgeSchema,
  wireGraphSchema,
  wireNodeSchema,
} from '../contract/graph.ts';

type Schema = z.ZodType;
export type JsonSchema = Record<string, unknown>;

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
  OverviewResponse: api.overviewResponseSchema,
  SubgraphResponse: api.subgraphResponseSchema,
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
  ImportSession: api.importSessionSchema,
  Draft: drafts.draftSchema,
  DraftList: drafts.draftListSchema,
  CommitDraftResponse: drafts.commitDraftResponseSchema,
  SourceTextResponse: drafts.sourceTextResponseSchema,
} satisfies Record<string, Schema>;
const REQUEST_SCHEMAS = {
  JsonValue: jsonValueSchema,
  CypherRequest: api.cypherRequestSchema,
  SubgraphRequest: api.subgraphRequestSchema,
  CreateDraftRequest: drafts.createDraftRequestSchema,
  UpdateDraftRequest: drafts.updateDraftRequestSchema,
} satisfies Record<string, Schema>;
export type ComponentName = keyof typeof RESPONSE_SCHEMAS | keyof typeof REQUEST_SCHEMAS;

const COMPONENT_PREFIX = '#/components/schemas/';
export const ref = (name: ComponentName) => ({ $ref: `${COMPONENT_PREFIX}${name}` });
export const schemaOrRef = (schema: ComponentName | JsonSchema) =>
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
export function inline(schema: Schema): JsonSchema {
  const { $schema: _schema, ...converted } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  if ('$defs' in converted) throw new Error('An inline schema needs $defs: register it in the components.');
  return converted;
}

/** What a parameter's zod schema cannot say by itself: a note, or the schema as clients see it. */
type ParameterNote = { description?: string; schema?: JsonSchema };

/** Query parameters from a request schema. Lists travel comma-separated in one value (`a,b`). */
export function queryParameters(schema: Schema, notes: Record<string, ParameterNote> = {}) {
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
