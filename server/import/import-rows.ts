// What the import writes for each merged record: the stored properties of a new node or relationship,
// or the change to one that existed before the import (citations and aliases accumulate, so that
// re-running an import changes nothing).
import neo4j from 'neo4j-driver';
import { spanOf } from '../../seed/model/time-span.ts';
import type { MergedNode, MergedRelationship, MergedSource, NeoValue } from '../../seed/validate-dataset.ts';

export type StoredProperties = Record<string, unknown>;

/** Whole numbers travel as Neo4j integers; the driver would otherwise send every number as a float. */
function toNeo(value: NeoValue): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map((item) => toNeo(item as NeoValue));
  return value;
}

function withoutCitations(properties: Record<string, NeoValue>, alsoDrop: string[] = []) {
  const dropped = new Set(['sources', 'quotes', ...alsoDrop]);
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([key]) => !dropped.has(key))
      .map(([key, value]) => [key, toNeo(value)]),
  );
}

/**
 * The span the record covers, stored so every query applies one predicate to it (seed/model/time-span.ts).
 * Undated records get nulls, which `SET +=` turns into removals: a re-import that drops a date
 * leaves no stale span behind.
 */
function spanProperties(kind: { label?: string; type?: string }, properties: Record<string, NeoValue>) {
  const span = spanOf(kind, properties);
  return { spanStart: span?.start ?? null, spanEnd: span?.end ?? null };
}

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : [String(value)];

/** A record's own properties, without citations (and aliases for nodes), which accumulate. */
export interface ShapedRecord {
  properties: StoredProperties;
  sources: string[];
  quotes: string[];
  aliases?: string[];
}

export function shapeSource(source: MergedSource): ShapedRecord {
  return { properties: withoutCitations(source.properties), sources: [], quotes: [] };
}

export function shapeNode(node: MergedNode): ShapedRecord {
  return {
    properties: {
      ...withoutCitations(node.properties, ['aliases']),
      ...spanProperties({ label: node.label }, node.properties),
    },
    sources: stringList(node.properties.sources),
    quotes: stringList(node.properties.quotes),
    aliases: stringList(node.properties.aliases),
  };
}

export function shapeRelationship(rel: MergedRelationship): ShapedRecord {
  return {
    properties: {
      ...withoutCitations(rel.properties),
      ...spanProperties({ type: rel.type }, rel.properties),
    },
    sources: stringList(rel.properties.sources),
    quotes: stringList(rel.properties.quotes),
  };
}

/**
 * The properties to store, given what was there before (undefined for a new element): the record's
 * own properties replace the old ones; a (source, quote) pair or alias already present is not added
 * twice; sourceCount is the number of distinct sources, what the canvas sizes elements by.
 * Sources carry no citations and get neither list.
 */
export function storedProperties(
  shaped: ShapedRecord,
  before: StoredProperties | undefined,
  kind: 'source' | 'node' | 'relationship',
): StoredProperties {
  if (kind === 'source') return shaped.properties;
  const oldSources = stringList(before?.sources);
  const oldQuotes = stringList(before?.quotes);
  const sources = [...oldSources];
  const quotes = [...oldQuotes];
  shaped.sources.forEach((source, i) => {
    const quote = shaped.quotes[i] as string;
    if (!sources.some((s, j) => s === source && quotes[j] === quote)) {
      sources.push(source);
      quotes.push(quote);
    }
  });
  const stored: StoredProperties = {
    ...shaped.properties,
    sources,
    quotes,
    sourceCount: neo4j.int(new Set(sources).size),
  };
  if (kind === 'node') {
    const oldAliases =
      before?.aliases === undefined || before.aliases === null ? undefined : stringList(before.aliases);
    const added = (shaped.aliases ?? []).filter((alias) => !(oldAliases ?? []).includes(alias));
    stored.aliases =
      oldAliases === undefined && added.length === 0 ? null : [...(oldAliases ?? []), ...added];
  }
  return stored;
}
