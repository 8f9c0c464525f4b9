// JSON has one number type; the driver sends every JS number as a Cypher FLOAT, so `LIMIT $l` with
// {"l": 2} fails ("'2.0' is not a valid value") and `list[$i]` refuses a float index. Whole numbers
// travel as Cypher INTEGERs instead; numbers with a fraction stay floats.
import neo4j, { type Integer } from 'neo4j-driver';
import type { JsonValue } from '../contract/graph.ts';

export type Neo4jParam =
  | null
  | boolean
  | string
  | number
  | Integer
  | Neo4jParam[]
  | { [key: string]: Neo4jParam };

/** A JSON value with its whole numbers (within the safe integer range) turned into Neo4j integers. */
export function toNeo4jValue(value: JsonValue): Neo4jParam {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toNeo4jValue(inner)]));
  }
  return value;
}

export function toNeo4jParams(params: Record<string, JsonValue>): Record<string, Neo4jParam> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, toNeo4jValue(value)]));
}
