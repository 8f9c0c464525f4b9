// The OpenAPI 3.1 document served at /api/openapi.json, generated from the same zod schemas the
// server validates with, so it cannot drift from the code: the operations (api-operations.ts) with
// their statuses, and the component schemas (openapi-schemas.ts).
import { COMMON_STATUSES, OPERATIONS, type OperationSpec, PROBLEM_STATUSES } from './api-operations.ts';
import { type ComponentName, componentSchemas, ref, schemaOrRef } from './openapi-schemas.ts';

const problemContent = (schema: ComponentName) => ({
  'application/problem+json': { schema: ref(schema) },
});

function responsesOf(operation: OperationSpec) {
  const { success } = operation;
  const responses: Record<string, object> = {
    // 204 No Content answers without a body.
    [success.status]:
      success.schema === undefined
        ? { description: success.description }
        : {
            description: success.description,
            content: { 'application/json': { schema: schemaOrRef(success.schema) } },
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
