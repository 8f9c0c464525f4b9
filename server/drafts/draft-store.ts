// Drafts under review kept in Neo4j as :Draft nodes (the draft as JSON in `body`, its summary in
// properties for the list), so a review resumes after a reload or a restart, until committed or discarded.
import neo4j from 'neo4j-driver';
import { DRAFTS_MAX_STORED, type Draft, type DraftSummary } from '../contract/drafts.ts';
import type { Database } from '../database/database.ts';
import { AppError, notFound } from '../shared/errors.ts';

const summaryOf = (draft: Draft) => ({
  id: draft.id,
  title: draft.source.title,
  candidates: neo4j.int(draft.candidates.length),
  accepted: neo4j.int(draft.candidates.filter((c) => c.decision === 'accepted').length),
  body: JSON.stringify(draft),
});

export async function storeNewDraft(db: Database, draft: Draft): Promise<void> {
  const stored = await db.writeTransaction(async (tx) => {
    const result = await tx.run(db.queries.get('createDraft'), {
      ...summaryOf(draft),
      createdAt: draft.createdAt,
      createdBy: draft.createdBy,
      maxDrafts: neo4j.int(DRAFTS_MAX_STORED),
    });
    return result.records[0]?.get('stored') === true;
  }, 'store a new draft');
  if (!stored) {
    throw new AppError(
      409,
      'too-many-drafts',
      `${DRAFTS_MAX_STORED} drafts are already under review: commit or discard some (DELETE /api/drafts/:id) before adding another.`,
    );
  }
}

export async function loadDraft(db: Database, id: string): Promise<Draft> {
  const result = await db.read<{ body: string }>('getDraft', { id });
  const row = result.records[0];
  if (!row) throw notFound('draft', id);
  return JSON.parse(row.get('body')) as Draft;
}

export async function saveDraft(db: Database, draft: Draft): Promise<void> {
  const saved = await db.writeTransaction(async (tx) => {
    const result = await tx.run(db.queries.get('updateDraft'), {
      ...summaryOf(draft),
      updatedAt: draft.updatedAt,
    });
    return result.records.length > 0;
  }, 'save a draft');
  if (!saved) throw notFound('draft', draft.id);
}

export async function deleteDraft(db: Database, id: string): Promise<boolean> {
  return db.writeTransaction(async (tx) => {
    const result = await tx.run(db.queries.get('deleteDraft'), { id });
    return Number(result.records[0]?.get('deleted') ?? 0) > 0;
  }, 'delete a draft');
}

type SummaryRow = Omit<DraftSummary, 'candidates' | 'accepted'> & { candidates: unknown; accepted: unknown };

export async function listDrafts(db: Database): Promise<DraftSummary[]> {
  const result = await db.read<SummaryRow>('listDrafts', { limit: neo4j.int(DRAFTS_MAX_STORED) });
  return result.records.map((row) => ({
    id: row.get('id'),
    title: row.get('title'),
    createdAt: row.get('createdAt'),
    updatedAt: row.get('updatedAt'),
    createdBy: row.get('createdBy'),
    candidates: Number(row.get('candidates')),
    accepted: Number(row.get('accepted')),
  }));
}
