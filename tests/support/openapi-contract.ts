// Checks answers of the real app against the OpenAPI document it serves: the operation is found
// by method and path template, the status must be documented for it, and the body must match the
// schema documented for that status and media type (JSON Schema 2020-12, as OpenAPI 3.1 uses).
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Express } from 'express';
import { buildOpenApiDocument } from '../../server/openapi/openapi-document.ts';

const DOCUMENT_ID = 'https://cooperation-graph-explorer.local/openapi.json';
export const openApiDocument = buildOpenApiDocument();

type Responses = Record<string, { content?: Record<string, unknown> }>;
type PathItem = Record<string, { operationId: string; responses: Responses }>;
const paths = openApiDocument.paths as Record<string, PathItem>;

// Not strict: the document holds OpenAPI members (paths, parameters) beside the schemas it compiles.
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema({ ...openApiDocument, $id: DOCUMENT_ID });

const escapePointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/** `/api/nodes/{id}` → a regex matching one non-empty path segment per parameter. */
const templates = Object.keys(paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  literal: !template.includes('{'),
}));

/** The documented path template that serves this request path, literal paths first. */
export function templateFor(method: string, pathname: string): string | undefined {
  const candidates = templates
    .filter(({ template, pattern }) => pattern.test(pathname) && paths[template]?.[method.toLowerCase()])
    .sort((a, b) => Number(b.literal) - Number(a.literal));
  return candidates[0]?.template;
}

export interface ObservedResponse {
  status: number;
  contentType: string;
  body: unknown;
}

/** What is wrong with this answer according to the document, or undefined when it matches. */
export function contractViolation(
  method: string,
  url: string,
  response: ObservedResponse,
): string | undefined {
  const verb = method.toLowerCase();
  const pathname = new URL(url, 'http://localhost').pathname;
  const where = `${method.toUpperCase()} ${url.length > 120 ? `${url.slice(0, 117)}…` : url}`;
  const template = templateFor(verb, pathname);
  if (!template) return `${where}: no operation of the OpenAPI document serves this method and path`;
  const operation = paths[template]?.[verb];
  const documented = operation?.responses[String(response.status)];
  if (!operation || !documented) {
    const statuses = Object.keys(operation?.responses ?? {}).join(', ');
    return `${where} answered ${response.status}, which ${operation?.operationId} does not document (it documents ${statuses})`;
  }
  const mediaType = response.contentType.split(';')[0]?.trim() ?? '';
  if (!documented.content) {
    return response.body === undefined
      ? undefined
      : `${where} ${response.status}: a body where none is documented`;
  }
  if (!(mediaType in documented.content)) {
    const documentedTypes = Object.keys(documented.content).join(', ');
    return `${where} ${response.status}: content type "${mediaType}", documented ${documentedTypes}`;
  }
  const pointer = [
    'paths',
    template,
    verb,
    'responses',
    String(response.status),
    'content',
    mediaType,
    'schema',
  ]
    .map(escapePointer)
    .join('/');
  const validateBody = ajv.getSchema(`${DOCUMENT_ID}#/${pointer}`);
  if (!validateBody) return `${where}: the documented schema at ${pointer} does not compile`;
  if (validateBody(response.body)) return undefined;
  const errors = (validateBody.errors ?? [])
    .slice(0, 8)
    .map((error) => `  ${error.instancePath || '(body)'} ${error.message} ${JSON.stringify(error.params)}`)
    .join('\n');
  const excerpt = JSON.stringify(response.body)?.slice(0, 400);
  return `${where} ${response.status} (${operation.operationId}) does not match its documented schema:\n${errors}\n  body: ${excerpt}`;
}

/** Every method and path the app routes, with Express's `:name` written as OpenAPI's `{name}`. */
export function servedRoutes(app: Express): { method: string; path: string }[] {
  type Layer = {
    rawPath?: unknown;
    route?: { path: unknown; methods: Record<string, boolean> };
    handle?: { stack?: Layer[] };
  };
  const routes: { method: string; path: string }[] = [];
  const join = (prefix: string, path: string) => `${prefix}${path === '/' ? '' : path}`;
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const path = join(prefix, String(layer.route.path)).replace(/:(\w+)/g, '{$1}');
        for (const [method, on] of Object.entries(layer.route.methods)) if (on) routes.push({ method, path });
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack, join(prefix, typeof layer.rawPath === 'string' ? layer.rawPath : '/'));
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return routes;
}
