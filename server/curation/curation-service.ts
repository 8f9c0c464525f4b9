// Corrections by an analyst: edit a fact's properties, delete a fact, retract a source. Each runs in
// one write transaction with its audit entry (all of it, or nothing), then refreshes what is derived
// from the graph (source counts, organisations' countries, the precomputed views), as an import does.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { endpointsOf, recordAudit, removedElement } from '../audit/audit-log.ts';
import type {
  DeleteElementResponse,
  EditElementResponse,
  PropertyChange,
  RemovedElement,
  RetractResponse,
} from '../contract/curation.ts';
import type { Database } from '../database/database.ts';
import type { QueryName } from '../database/query-registry.ts';
import { deriveProperties } from '../import/derived-properties.ts';
import { AppError, badRequest, notFound } from '../shared/errors.ts';
import { toJson } from '../shared/graph-mapper.ts';
import { citesOnly, withoutSource } from './citation-strip.ts';
import { changedKeys, checkEdit, type EditTarget, type EditValue, storedEdit } from './property-edit.ts';

interface FoundElement extends EditTarget {
  elementId: string;
  id: string;
  /** The element's properties as stored (Neo4j values), for the audit's "before". */
  raw: Record<string, unknown>;
}

const run = (tx: ManagedTransaction, db: Database, name: QueryName, params: Record<string, unknown>) =>
  tx.run(db.queries.get(name), params);

/** Whole numbers as Neo4j integers, as the import stores them (the driver sends floats otherwise). */
function toNeo(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo);
  return value;
}
const neoMap = (map: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(map).map(([key, value]) => [key, toNeo(value)]));

async function findElement(tx: ManagedTransaction, db: Database, id: string): Promise<FoundElement> {
  const result = await run(tx, db, 'findElement', { id, ...endpointsOf(id) });
  const record = result.records[0];
  if (!record) throw notFound('element', id);
  const raw = record.get('properties') as Record<string, unknown>;
  return {
    elementId: record.get('elementId'),
    id,
    kind: record.get('kind'),
    label: record.get('label'),
    raw,
    properties: toJson(raw) as Record<string, unknown>,
  };
}

const sourcesOf = (properties: Record<string, unknown>) =>
  Array.isArray(properties.sources) ? [...new Set(properties.sources.map(String))] : [];

/** PATCH /api/elements/:id — changes scalar properties, checked by the import format's rules. */
export async function editElement(
  db: Database,
  id: string,
  changes: Record<string, EditValue>,
  reason: string,
  actor: string,
): Promise<EditElementResponse> {
  const answer = await db.writeTransaction(async (tx) => {
    const element = await findElement(tx, db, id);
    const issues = checkEdit(element, changes);
    if (issues.length > 0) {
      const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
      throw badRequest('invalid-edit', `edit of ${element.label} ${id}: ${summary}; nothing was changed`, {
        issues,
      });
    }
    const changed: PropertyChange[] = changedKeys(element, changes).map((change) => ({
      element: id,
      key: change.key,
      before: toJson(element.raw[change.key]),
      after: change.after,
    }));
    if (changed.length === 0) {
      return {
        id,
        kind: element.kind,
        properties: element.properties,
        changes: [],
        auditId: null,
      } as EditElementResponse;
    }
    const onlyChanged = Object.fromEntries(
      changed.map((change) => [change.key, changes[change.key] ?? null]),
    );
    await run(tx, db, 'updateElementProperties', {
      rows: [{ elementId: element.elementId, properties: neoMap(storedEdit(element, onlyChanged)) }],
    });
    const auditId = await recordAudit(tx, db, {
      actor,
      kind: 'edit',
      reason,
      elementIds: [id],
      sourceIds: sourcesOf(element.properties),
      changes: changed,
    });
    const after = await findElement(tx, db, id);
    return {
      id,
      kind: element.kind,
      properties: after.properties as EditElementResponse['properties'],
      changes: changed,
      auditId,
    };
  }, 'curation: edit');
  if (answer.auditId) await deriveProperties(db);
  return answer;
}

/** DELETE /api/elements/:id — a relationship, or a node with its relationships. */
export async function deleteElement(
  db: Database,
  id: string,
  reason: string,
  actor: string,
): Promise<DeleteElementResponse> {
  const answer = await db.writeTransaction(async (tx) => {
    const element = await findElement(tx, db, id);
    const removed: RemovedElement[] = [];
    const relationshipElementIds: string[] = [];
    const sourceIds = new Set(sourcesOf(element.properties));
    if (element.kind === 'node') {
      const rels = await run(tx, db, 'nodeRelationships', { elementId: element.elementId });
      for (const record of rels.records) {
        const properties = record.get('properties') as Record<string, unknown>;
        relationshipElementIds.push(record.get('elementId'));
        removed.push(
          removedElement('relationship', String(record.get('id')), record.get('type'), {
            ...properties,
            from: record.get('from'),
            to: record.get('to'),
          }),
        );
        for (const source of sourcesOf(properties)) sourceIds.add(source);
      }
      await run(tx, db, 'deleteRelationships', { elementIds: relationshipElementIds });
      await run(tx, db, 'deleteNodes', { elementIds: [element.elementId] });
    } else {
      await run(tx, db, 'deleteRelationships', { elementIds: [element.elementId] });
    }
    removed.unshift(removedElement(element.kind, id, element.label, element.raw));
    const removedRelationships = removed
      .filter((r) => r.kind === 'relationship' && r.id !== id)
      .map((r) => r.id);
    const auditId = await recordAudit(tx, db, {
      actor,
      kind: 'delete',
      reason,
      elementIds: removed.map((r) => r.id),
      sourceIds: [...sourceIds],
      removed,
      counts: {
        nodes: element.kind === 'node' ? 1 : 0,
        relationships: removed.length - (element.kind === 'node' ? 1 : 0),
      },
    });
    return { id, kind: element.kind, removedRelationships, auditId };
  }, 'curation: delete');
  await deriveProperties(db);
  return answer;
}

interface PlannedElement {
  elementId: string;
  id: string;
  label: string;
  properties: Record<string, unknown>;
}

/**
 * POST /api/sources/:id/retract — facts only this source supports go; facts other sources also
 * support keep their citations and lose this one; the Source node goes (its record stays in the
 * audit entry). A node only this source cites stays when a fact of another source still links it.
 */
export async function retractSource(
  db: Database,
  sourceId: string,
  options: { reason: string | undefined; actor: string; dryRun: boolean },
): Promise<RetractResponse> {
  const work = async (tx: ManagedTransaction): Promise<RetractResponse> => {
    const plan = await run(tx, db, 'retractionPlan', { sourceId });
    const record = plan.records[0];
    if (!record) throw notFound('source', sourceId);
    const nodes = record.get('nodes') as PlannedElement[];
    const relationships = (
      record.get('relationships') as (PlannedElement & { type: string; from: string; to: string })[]
    ).map((rel) => ({ ...rel, label: rel.type }));
    const goingRelationships = relationships.filter((rel) => citesOnly(rel.properties, sourceId));
    const keptRelationships = relationships.filter((rel) => !citesOnly(rel.properties, sourceId));
    const onlyHere = nodes.filter((node) => citesOnly(node.properties, sourceId));
    await run(tx, db, 'deleteRelationships', { elementIds: goingRelationships.map((rel) => rel.elementId) });
    // Read after those deletions: which of the nodes only this source cites a fact still links.
    const linked = await run(tx, db, 'linkedNodes', { elementIds: onlyHere.map((node) => node.elementId) });
    const stillLinked = new Set(linked.records.map((r) => r.get('elementId') as string));
    const goingNodes = onlyHere.filter((node) => !stillLinked.has(node.elementId));
    const keptNodes = nodes.filter((node) => !goingNodes.includes(node));
    const answer: RetractResponse = {
      sourceId,
      dryRun: options.dryRun,
      removedNodes: goingNodes.map((node) => node.id),
      removedRelationships: goingRelationships.map((rel) => rel.id),
      keptNodes: keptNodes.map((node) => node.id),
      keptRelationships: keptRelationships.map((rel) => rel.id),
      auditId: null,
    };
    // A dry run goes as far as the deletions to know what would remain, then rolls them back.
    if (options.dryRun) throw new DryRunRollback(answer);
    await run(tx, db, 'deleteNodes', { elementIds: goingNodes.map((node) => node.elementId) });
    const rows = [...keptNodes, ...keptRelationships].map((element) => ({
      elementId: element.elementId,
      properties: neoMap(withoutSource(element.properties, sourceId)),
    }));
    await run(tx, db, 'updateElementProperties', { rows });
    await run(tx, db, 'deleteSource', { sourceId });
    const removed = [
      removedElement('node', sourceId, 'Source', sourceRecord(record.get('source'))),
      ...goingNodes.map((node) => removedElement('node', node.id, node.label, node.properties)),
      ...goingRelationships.map((rel) =>
        removedElement('relationship', rel.id, rel.type, { ...rel.properties, from: rel.from, to: rel.to }),
      ),
    ];
    answer.auditId = await recordAudit(tx, db, {
      actor: options.actor,
      kind: 'retract',
      reason: options.reason,
      elementIds: [
        ...answer.removedNodes,
        ...answer.removedRelationships,
        ...answer.keptNodes,
        ...answer.keptRelationships,
      ],
      sourceIds: [sourceId],
      removed,
      counts: {
        removedNodes: goingNodes.length,
        removedRelationships: goingRelationships.length,
        keptNodes: keptNodes.length,
        keptRelationships: keptRelationships.length,
      },
    });
    return answer;
  };
  if (options.dryRun) {
    const rolledBack = await db.writeTransaction(work, 'curation: retraction preview').catch((error) => {
      if (error instanceof DryRunRollback) return error.answer;
      throw error;
    });
    return rolledBack;
  }
  if (!options.reason) throw badRequest('invalid-request', 'retract: reason is required');
  const answer = await db.writeTransaction(work, 'curation: retract');
  await deriveProperties(db);
  return answer;
}

/** The retracted source's record for the trail: its metadata, not its full text (kept by the import). */
function sourceRecord(properties: Record<string, unknown>): Record<string, unknown> {
  const { text: _text, ...metadata } = properties;
  return metadata;
}

/** Thrown to roll back a dry run's transaction, carrying what the retraction would do. */
class DryRunRollback extends AppError {
  constructor(readonly answer: RetractResponse) {
    super(409, 'dry-run', 'a dry run is rolled back');
  }
}
