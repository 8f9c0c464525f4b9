// The wire shape of graph elements, shared by every endpoint that returns a graph and by the client.
import { z } from 'zod';

export const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const wireNodeSchema = z.object({
  /** The node's stable `id` property, or `element:<elementId>` for nodes without one. */
  id: z.string(),
  elementId: z.string(),
  labels: z.array(z.string()),
  properties: z.record(z.string(), jsonValueSchema),
});
export type WireNode = z.infer<typeof wireNodeSchema>;

export const wireEdgeSchema = z.object({
  id: z.string(),
  elementId: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: z.record(z.string(), jsonValueSchema),
});
export type WireEdge = z.infer<typeof wireEdgeSchema>;

export const wireGraphSchema = z.object({
  nodes: z.array(wireNodeSchema),
  edges: z.array(wireEdgeSchema),
});
export type WireGraph = z.infer<typeof wireGraphSchema>;

/**
 * An RFC 9457 problem. `code` is stable; the extension members appear where they apply, and others
 * may be added (a client ignores what it does not know).
 */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    /** The request's path and query. */
    instance: z.string().optional(),
    /** invalid-request: each bad field, what was expected, and what came. */
    issues: z
      .array(z.object({ field: z.string(), message: z.string(), got: z.string().optional() }))
      .optional(),
    /** The Neo4j status code behind a database refusal. */
    neo4jCode: z.string().optional(),
    /** Where in the analyst's query a syntax error is. */
    position: z.object({ line: z.number(), column: z.number(), offset: z.number() }).optional(),
    /** The query type Neo4j planned for a refused analyst query (r, w, rw, s). */
    queryType: z.string().optional(),
  })
  .loose();
export type Problem = z.infer<typeof problemSchema>;
