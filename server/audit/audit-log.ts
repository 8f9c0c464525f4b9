// The audit trail: one :AuditEntry per change to the graph (an import, an edit, a deletion, a
// retraction), written in the transaction that makes the change, so a change is never without its
// entry nor an entry without its change. Entries are read newest first, a page at a time.
import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type {
  AuditCursor,
  AuditEntry,
  AuditPage,
  PropertyChange,
  RemovedElement,
} from '../contract/curation.ts';
import type { Database } from '../database/database.ts';
import { toJson } from '../shared/graph-mapper.ts';

export interface NewAuditEntry {
  actor: string;
  kind: AuditEntry['kind'];
  reason?: string | null;
  elementIds?: string[];
  sourceIds?: string[];
  changes?: PropertyChange[];
  removed?: RemovedElement[];
  counts?: Record<string, number>;
}

/** Writes the entry in the caller's transaction; returns its id. */
export async function recordAudit(
  tx: ManagedTransaction,
  db: Database,
  entry: NewAuditEntry,
): Promise<string> {
  const id = randomUUID();
  await tx.run(db.queries.get('recordAuditEntry'), {
    entry: {
      id,
      // ISO instants of one length compare as strings: the order the trail is read in.
      at: new Date().toISOString(),
      actor: entry.actor,
      kind: entry.kind,
      reason: entry.reason ?? null,
      elementIds: entry.elementIds ?? [],
      sourceIds: entry.sourceIds ?? [],
      changes: JSON.stringify(entry.changes ?? []),
      removed: JSON.stringify(entry.removed ?? []),
      counts: JSON.stringify(entry.counts ?? {}),
    },
  });
  return id;
}

/** A removed element's record for the trail, with JSON-safe properties. */
export function removedElement(
  kind: RemovedElement['kind'],
  id: string,
  label: string,
  properties: Record<string, unknown>,
): RemovedElement {
  return { id, kind, label, properties: toJson(properties) as RemovedElement['properties'] };
}

function parseJson<T>(text: unknown, fallback: T): T {
  if (typeof text !== 'string') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function toEntry(raw: Record<string, unknown>): AuditEntry {
  return {
    id: String(raw.id),
    at: String(raw.at),
    actor: String(raw.actor),
    kind: raw.kind as AuditEntry['kind'],
    reason: typeof raw.reason === 'string' ? raw.reason : null,
    elementIds: Array.isArray(raw.elementIds) ? raw.elementIds.map(String) : [],
    sourceIds: Array.isArray(raw.sourceIds) ? raw.sourceIds.map(String) : [],
    changes: parseJson(raw.changes, []),
    removed: parseJson(raw.removed, []),
    counts: parseJson(raw.counts, {}),
  };
}

const encodeCursor = (entry: AuditEntry) =>
  Buffer.from(JSON.stringify([entry.at, entry.id])).toString('base64url');

export type AuditQuery =
  | { scope: 'all' }
  | { scope: 'element'; id: string }
  | { scope: 'source'; sourceId: string };

/** A page of entries, newest first; one more than asked is read to know whether a next page exists. */
export async function auditPage(
  db: Database,
  query: AuditQuery,
  page: { limit: number; cursor: AuditCursor },
): Promise<AuditPage> {
  const params = {
    afterAt: page.cursor?.at ?? null,
    afterId: page.cursor?.id ?? null,
    limit: neo4j.int(page.limit + 1),
  };
  const result =
    query.scope === 'all'
      ? await db.read('auditEntries', params)
      : query.scope === 'source'
        ? await db.read('sourceHistory', { ...params, sourceId: query.sourceId })
        : await db.read('elementHistory', { ...params, id: query.id, ...endpointsOf(query.id) });
  const entries = result.records.map((record) => toEntry(record.get('entry') as Record<string, unknown>));
  const more = entries.length > page.limit;
  const shown = more ? entries.slice(0, page.limit) : entries;
  const last = shown[shown.length - 1];
  return { entries: shown, nextCursor: more && last ? encodeCursor(last) : null };
}

/** A relationship's id is "from|TYPE|to|key": its endpoints find it through the id constraint. */
export function endpointsOf(id: string): { from: string | null; to: string | null } {
  const parts = id.split('|');
  return parts.length >= 3 ? { from: parts[0] ?? null, to: parts[2] ?? null } : { from: null, to: null };
}
