// The served OpenAPI document is valid, names every operation, and matches the routes the app serves.
import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createDatabase, createDriver } from '../../server/database/database.ts';
import { loadQueryRegistry } from '../../server/database/query-registry.ts';
import { buildOpenApiDocument } from '../../server/openapi/openapi-document.ts';
import { loadConfig } from '../../server/shared/config.ts';
import { createLogger } from '../../server/shared/logger.ts';
import { contractViolation, servedRoutes } from '../support/openapi-contract.ts';

const document = buildOpenApiDocument();
type Operation = { operationId?: string; responses: Record<string, unknown> };
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item as Record<string, Operation>).map(([method, operation]) => ({
    path,
    method,
    operation,
  })),
);

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document, every $ref resolving', async () => {
    // validate() dereferences in place: give it a copy so the served document keeps its $refs.
    const parsed = await SwaggerParser.validate(structuredClone(document) as never);
    expect((parsed as { openapi?: string }).openapi).toBe('3.1.0');
    expect(JSON.stringify(document)).not.toContain('$defs');
  });

  it('gives every operation a unique operationId', () => {
    expect(operations.length).toBeGreaterThanOrEqual(14);
    const ids = operations.map(({ operation }) => operation.operationId);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents 401, 403 and 500 on every operation, and 503 wherever the database is read', () => {
    for (const { path, operation } of operations) {
      expect(Object.keys(operation.responses), path).toEqual(expect.arrayContaining(['401', '403', '500']));
      if (path !== '/api/openapi.json') expect(Object.keys(operation.responses), path).toContain('503');
    }
  });

  it('has component schemas that compile as strict JSON Schema 2020-12', () => {
    const schemas = document.components.schemas;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['Problem', 'WireGraph', 'CypherRequest']));
    // Strict mode refuses unknown keywords; it knows `$defs`, not OpenAPI's `components`, so the refs
    // are moved there for this check only.
    const asDefs = JSON.parse(JSON.stringify(schemas).replaceAll('#/components/schemas/', '#/$defs/'));
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    for (const name of Object.keys(schemas)) {
      expect(() => ajv.compile({ $defs: asDefs, $ref: `#/$defs/${name}` }), name).not.toThrow();
    }
  });

  it('lets problems carry their extension members and more', () => {
    const problem = {
      type: 'https://cooperation-graph-explorer.local/problems/cypher-error',
      title: 'Bad request',
      status: 400,
      detail: 'Invalid input',
      code: 'cypher-error',
      instance: '/api/cypher',
      neo4jCode: 'Neo.ClientError.Statement.SyntaxError',
      position: { line: 1, column: 8, offset: 7 },
      somethingNew: true,
    };
    const answer = { status: 400, contentType: 'application/problem+json; charset=utf-8', body: problem };
    expect(contractViolation('POST', '/api/cypher', answer)).toBeUndefined();
  });

  it('describes comma-separated list parameters and avoid=none', () => {
    const parameters = (document.paths['/api/paths'] as { get: { parameters: Record<string, any>[] } }).get
      .parameters;
    const avoid = parameters.find((parameter) => parameter.name === 'avoid');
    expect(avoid).toMatchObject({ in: 'query', style: 'form', explode: false });
    expect(avoid?.schema.items.enum).toContain('none');
    expect(avoid?.description).toContain('`none`');
    const lists = parameters.filter((parameter) => parameter.schema.type === 'array');
    expect(lists.map((parameter) => parameter.name)).toEqual(['types', 'avoid']);
    for (const list of lists) expect(list).toMatchObject({ style: 'form', explode: false });
  });
});

describe('the contract check of the integration tests', () => {
  const node = { id: 'a', elementId: '4:x:1', labels: ['Organisation'], properties: { name: 'A' } };
  const ok = (body: unknown) => ({ status: 200, contentType: 'application/json; charset=utf-8', body });

  it('accepts an answer that matches', () => {
    expect(
      contractViolation('GET', '/api/search?q=a', ok({ results: [{ node, score: 1 }] })),
    ).toBeUndefined();
  });

  it('names the field of a body that does not match', () => {
    const violation = contractViolation('GET', '/api/search?q=a', ok({ results: [{ node, score: 'high' }] }));
    expect(violation).toContain('searchActors');
    expect(violation).toContain('/results/0/score');
  });

  it('refuses a member the schema does not know, an undocumented status, media type or path', () => {
    expect(contractViolation('GET', '/api/search', ok({ results: [], extra: 1 }))).toContain('additional');
    const teapot = { status: 418, contentType: 'application/json', body: {} };
    expect(contractViolation('GET', '/api/search', teapot)).toContain('does not document');
    const html = { status: 200, contentType: 'text/html', body: '<p>' };
    expect(contractViolation('GET', '/api/schema', html)).toContain('content type "text/html"');
    expect(contractViolation('GET', '/api/nowhere', ok({}))).toContain('no operation');
    expect(contractViolation('GET', '/api/cypher', ok({}))).toContain('no operation');
  });

  it('matches path templates one segment per parameter', () => {
    const details = { node, neighbourCounts: [], citations: [] };
    expect(contractViolation('GET', '/api/nodes/a%20b', ok(details))).toBeUndefined();
    expect(contractViolation('GET', '/api/nodes/a/b', ok(details))).toContain('no operation');
  });
});

describe('the routes the app serves', () => {
  const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', LOG_LEVEL: 'silent' });
  // A real driver that is never used: building the app opens no connection.
  const db = createDatabase(
    createDriver('bolt://127.0.0.1:1', config),
    'bolt://127.0.0.1:1',
    loadQueryRegistry(),
    config,
  );
  afterAll(() => db.close());
  const app = createApp({ db, config, logger: createLogger('silent') });
  const served = servedRoutes(app).map(({ method, path }) => `${method.toUpperCase()} ${path}`);
  const documented = operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`);

  it('are all in the document', () => {
    expect(served.length).toBeGreaterThanOrEqual(14);
    expect(served).toContain('GET /api/nodes/{id}/neighbours');
    expect(served.filter((route) => !documented.includes(route))).toEqual([]);
  });

  it('include every documented operation', () => {
    expect(documented.filter((route) => !served.includes(route))).toEqual([]);
  });
});
