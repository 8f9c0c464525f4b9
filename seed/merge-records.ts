// Merging the node and relationship records of several documents: one node per id, one relationship
// per (from, type, to, key), with every rule that needs more than one record at a time.
import { type DatasetError, nodeRecordName, problemToError } from './dataset-errors.ts';
import {
  type DatasetDocument,
  type NodeLabel,
  type NodeRecord,
  RELATIONSHIP_RULES,
  type RelationshipRecord,
} from './dataset-schema.ts';
import { Citations, type NeoValue, type Origin, PropertyBag, unique } from './merge-properties.ts';
import type { MergedNode, MergedRelationship } from './validate-dataset.ts';

export interface ParsedInput {
  file: string;
  doc: DatasetDocument;
}

export type Fail = (field: string, message: string) => void;

class NodeAccumulator {
  nameEn?: string;
  readonly aliases: string[] = [];
  kind?: { value: string; origin: Origin };
  readonly bag = new PropertyBag();
  readonly citations = new Citations();

  constructor(
    readonly label: NodeLabel,
    readonly name: string,
    readonly first: Origin,
  ) {}

  /** Adds one document's record; a second name (or English name) becomes an alias. */
  add(node: NodeRecord, origin: Origin, fail: Fail): void {
    if (node.label !== this.label) {
      fail(
        'label',
        `"${node.id}" is ${aLabel(this.label)} in ${this.first.file} (${this.first.record}), not ${aLabel(node.label)}`,
      );
      return;
    }
    if (node.kind !== undefined && this.kind && this.kind.value !== node.kind) {
      const { file, record } = this.kind.origin;
      fail(
        'kind',
        `kind "${node.kind}" disagrees with "${this.kind.value}" in ${file} (${record}); a node has one kind`,
      );
      return;
    }
    if (node.kind !== undefined) this.kind ??= { value: node.kind, origin };
    this.nameEn ??= node.nameEn;
    const otherNames = [node.name, node.nameEn].filter(
      (n) => n !== undefined && n !== this.name && n !== this.nameEn,
    );
    this.aliases.push(...(node.aliases ?? []), ...(otherNames as string[]));
    this.bag.add(node.props, origin);
    this.citations.add(origin.source, node.quote);
  }

  finish(id: string, errors: DatasetError[]): MergedNode {
    const { properties: props, problems } = this.bag.resolve();
    errors.push(...problems.map(problemToError));
    const aliases = unique(this.aliases).filter((alias) => alias !== this.name);
    const properties: Record<string, NeoValue> = { id, name: this.name };
    if (this.nameEn !== undefined) properties.nameEn = this.nameEn;
    if (aliases.length > 0) properties.aliases = aliases;
    if (this.kind) properties.kind = this.kind.value;
    Object.assign(properties, props, { sources: this.citations.sources, quotes: this.citations.quotes });
    if (this.label === 'Place') errors.push(...this.coordinateErrors(id, props));
    return { id, label: this.label, properties };
  }

  /** The map needs a point for every Place; documents may leave it to another document. */
  private coordinateErrors(id: string, props: Record<string, NeoValue>): DatasetError[] {
    return ['lat', 'lon'].flatMap((key) => {
      const value = props[key];
      if (typeof value === 'number') return [];
      const message =
        value === undefined
          ? `Place "${id}" needs a numeric ${key} (decimal degrees) in at least one document`
          : `documents disagree on the ${key} of Place "${id}" (${JSON.stringify(value)}); give the same coordinates everywhere`;
      return [{ file: this.first.file, record: this.first.record, field: `props.${key}`, message }];
    });
  }
}

export function mergeNodes(
  parsed: ParsedInput[],
  knownNodes: Map<string, NodeLabel>,
  errors: DatasetError[],
): MergedNode[] {
  const nodes = new Map<string, NodeAccumulator>();
  for (const { file, doc } of parsed) {
    const inThisDoc = new Map<string, number>();
    for (const [i, node] of doc.nodes.entries()) {
      const origin: Origin = {
        file,
        record: nodeRecordName(i, node),
        source: doc.source.id,
        published: doc.source.published,
      };
      const fail: Fail = (field, message) => errors.push({ file, record: origin.record, field, message });
      const twin = inThisDoc.get(node.id);
      const known = knownNodes.get(node.id);
      if (twin !== undefined)
        fail('id', `duplicate node id "${node.id}" (already declared at nodes[${twin}])`);
      else if (known && known !== node.label) {
        fail('label', `"${node.id}" is already stored as ${known} in the database, not ${node.label}`);
      } else {
        inThisDoc.set(node.id, i);
        const acc = nodes.get(node.id) ?? new NodeAccumulator(node.label, node.name, origin);
        nodes.set(node.id, acc);
        acc.add(node, origin, fail);
      }
    }
  }
  return [...nodes].map(([id, acc]) => acc.finish(id, errors));
}

/** One document's mention of a relationship, already checked against the format. */
export interface RelationshipOccurrence {
  record: RelationshipRecord;
  origin: Origin;
}

/**
 * One relationship from every document that cites it (same from, type, to and key): properties
 * merged as for nodes, citations accumulated. Duplicates and endpoints are checked before, record
 * by record (dataset-check.ts), so this runs on a stream too, one relationship at a time.
 */
export function mergeRelationship(
  id: string,
  occurrences: RelationshipOccurrence[],
  errors: DatasetError[],
): MergedRelationship {
  const bag = new PropertyBag();
  const citations = new Citations();
  const record = (occurrences[0] as RelationshipOccurrence).record;
  for (const { record: rel, origin } of occurrences) {
    bag.add(rel.props, origin);
    citations.add(origin.source, rel.quote);
  }
  const { properties: props, problems } = bag.resolve();
  errors.push(...problems.map(problemToError));
  const properties: Record<string, NeoValue> = { id };
  if (record.key !== undefined) properties.key = record.key;
  Object.assign(properties, props, { sources: citations.sources, quotes: citations.quotes });
  return { id, type: record.type, from: record.from, to: record.to, properties };
}

/** Both endpoints exist (in the import or the database) and have labels the type allows. */
export function endpointsAllowed(
  rel: Pick<RelationshipRecord, 'type' | 'from' | 'to'>,
  labels: { get(id: string): NodeLabel | undefined },
  fail: Fail,
): boolean {
  const rule = RELATIONSHIP_RULES[rel.type];
  let ok = true;
  for (const [field, nodeId, allowed] of [
    ['from', rel.from, rule.from as readonly NodeLabel[]],
    ['to', rel.to, rule.to as readonly NodeLabel[]],
  ] as const) {
    const label = labels.get(nodeId);
    if (!label) fail(field, `unknown node id "${nodeId}" (not in this import nor in the database)`);
    else if (!allowed.includes(label)) {
      const side = field === 'from' ? 'starts at' : 'ends at';
      fail(field, `${rel.type} ${side} ${allowed.join(' or ')}, but "${nodeId}" is ${aLabel(label)}`);
    } else continue;
    ok = false;
  }
  return ok;
}

/** "an Organisation", "a Place": error messages read as sentences. */
function aLabel(label: string): string {
  return `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;
}
