// The one place that turns driver values into JSON: nodes, relationships and paths found anywhere
// in a result (nested in lists and maps too) become the wire graph; Neo4j integers and temporals
// become plain numbers and ISO strings.

import type { Node, Path, Relationship } from 'neo4j-driver';
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from 'neo4j-driver';
import type { JsonValue, WireEdge, WireGraph, WireNode } from '../contract/graph.ts';

const isNode = (value: unknown): value is Node => value instanceof neo4j.types.Node;
const isRelationship = (value: unknown): value is Relationship => value instanceof neo4j.types.Relationship;
const isPath = (value: unknown): value is Path => value instanceof neo4j.types.Path;

/** A plain JSON value for any driver value; graph elements become their wire form. */
export function toJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // Lists (aliases, quotes) are the commonest property after strings: before the seven type checks.
  if (Array.isArray(value)) return value.map(toJson);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value)) {
    return value.toString();
  }
  if (isDuration(value)) return value.toString();
  if (isPoint(value)) return { srid: toJson(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  if (isNode(value)) return nodeToWire(value);
  if (isRelationship(value)) return relationshipToWire(value, new Map());
  if (isPath(value)) {
    const graph = new GraphCollector();
    graph.add(value);
    return graph.result();
  }
  if (value instanceof Uint8Array) return Array.from(value);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toJson(inner)]));
  }
  return String(value);
}

function propertiesToJson(properties: Record<string, unknown>): Record<string, JsonValue> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, toJson(value)]));
}

export function wireNodeId(node: Node): string {
  const id = node.properties.id;
  return typeof id === 'string' ? id : `element:${node.elementId}`;
}

export function nodeToWire(node: Node): WireNode {
  return {
    id: wireNodeId(node),
    elementId: node.elementId,
    labels: [...node.labels],
    properties: propertiesToJson(sourceTextLeftOut(node)),
  };
}

/**
 * A Source's full text (up to 500 kB) is not sent with the node wherever the node appears: the node
 * says `hasText`, and GET /api/sources/:id/text gives the text.
 */
function sourceTextLeftOut(node: Node): Record<string, unknown> {
  if (typeof node.properties.text !== 'string' || !node.labels.includes('Source')) return node.properties;
  const { text: _text, ...rest } = node.properties;
  return { ...rest, hasText: true };
}

/** `endpointIds` maps element ids of nodes already seen to their wire ids. */
export function relationshipToWire(rel: Relationship, endpointIds: Map<string, string>): WireEdge {
  const id = rel.properties.id;
  return {
    id: typeof id === 'string' ? id : `element:${rel.elementId}`,
    elementId: rel.elementId,
    type: rel.type,
    source: endpointIds.get(rel.startNodeElementId) ?? `element:${rel.startNodeElementId}`,
    target: endpointIds.get(rel.endNodeElementId) ?? `element:${rel.endNodeElementId}`,
    properties: propertiesToJson(rel.properties),
  };
}

/** Collects every node, relationship and path in any value, without duplicates. */
export class GraphCollector {
  private readonly nodes = new Map<string, Node>();
  private readonly relationships = new Map<string, Relationship>();

  add(value: unknown): void {
    if (isNode(value)) {
      this.nodes.set(value.elementId, value);
    } else if (isRelationship(value)) {
      this.relationships.set(value.elementId, value);
    } else if (isPath(value)) {
      this.add(value.start);
      for (const segment of value.segments) {
        this.add(segment.start);
        this.add(segment.relationship);
        this.add(segment.end);
      }
    } else if (Array.isArray(value)) {
      for (const item of value) this.add(item);
    } else if (
      value &&
      typeof value === 'object' &&
      !neo4j.isInt(value) &&
      Object.getPrototypeOf(value) === Object.prototype
    ) {
      for (const item of Object.values(value)) this.add(item);
    }
  }

  /** Element ids of relationship endpoints that are not among the collected nodes. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const rel of this.relationships.values()) {
      for (const end of [rel.startNodeElementId, rel.endNodeElementId]) {
        if (!this.nodes.has(end)) missing.add(end);
      }
    }
    return [...missing];
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  result(): WireGraph {
    const endpointIds = new Map<string, string>();
    for (const node of this.nodes.values()) endpointIds.set(node.elementId, wireNodeId(node));
    return {
      nodes: [...this.nodes.values()].map(nodeToWire),
      edges: [...this.relationships.values()].map((rel) => relationshipToWire(rel, endpointIds)),
    };
  }
}
