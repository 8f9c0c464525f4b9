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

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  code: z.string(),
});
export type Problem = z.infer<typeof problemSchema> & Record<string, unknown>;
