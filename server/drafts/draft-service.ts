// The drafts' use cases: draft an article, review it (decisions, edits, "same as"), commit the
// accepted records through the one loader, or discard it. Nothing reaches the graph before commit.

import { createHash, randomUUID } from 'node:crypto';
import type { NodeLabel } from '../../seed/dataset-schema.ts';
import { slugOf } from '../../seed/model/name-folding.ts';
import type {
  CommitDraftResponse,
  CreateDraftRequest,
  Draft,
  DraftCandidate,
  DraftSourceInput,
  UpdateDraftRequest,
} from '../contract/drafts.ts';
import type { Database } from '../database/database.ts';
import { DatasetInvalidError, importDocuments } from '../import/dataset-loader.ts';
import { AppError, badRequest } from '../shared/errors.ts';
import type { SourceCatalog } from '../sources/source-catalog.ts';
import { buildDraftContent } from './draft-builder.ts';
import { deleteDraft, loadDraft, saveDraft, storeNewDraft } from './draft-store.ts';
import { draftDocument, idsUsed, isNewRecord, locateQuote, validateDraft } from './draft-validation.ts';
import type { NameIndex } from './name-index.ts';
import { plainTextOf } from './text-intake.ts';

export interface DraftServices {
  db: Database;
  names: NameIndex;
  catalog: SourceCatalog;
}

export async function createDraft(
  { db, names }: DraftServices,
  request: CreateDraftRequest,
  writer: string,
): Promise<Draft> {
  const text = plainTextOf(request.text, request.format);
  if (text.length === 0) {
    throw badRequest(
      'empty-article',
      `The ${request.format} sent holds no text once reduced to plain text: nothing to draft.`,
    );
  }
  const content = buildDraftContent(text, await names.matcher());
  const given = request.source ?? {};
  const title = given.title ?? firstLine(text);
  const now = new Date().toISOString();
  const draft: Draft = {
    id: `d-${randomUUID()}`,
    createdAt: now,
    updatedAt: now,
    createdBy: writer,
    text,
    source: {
      id: `src-${slugOf(title).slice(0, 50).replace(/-+$/, '') || 'article'}-${createHash('sha1').update(text).digest('hex').slice(0, 8)}`,
      title,
      publisher: given.publisher ?? '',
      published: given.published ?? content.proposed.published ?? '',
      language: given.language ?? content.proposed.language ?? 'fr',
      ...(given.url ? { url: given.url } : {}),
      proposed: content.proposed,
    },
    sentences: content.sentences,
    mentions: content.mentions,
    candidates: content.candidates,
  };
  await revalidate(db, draft);
  await storeNewDraft(db, draft);
  return draft;
}

export async function readDraft({ db }: DraftServices, id: string): Promise<Draft> {
  return loadDraft(db, id);
}

export async function updateDraft(
  { db }: DraftServices,
  id: string,
  request: UpdateDraftRequest,
): Promise<Draft> {
  const draft = await loadDraft(db, id);
  if (request.source) applySource(draft, request.source);
  const byId = new Map(draft.candidates.map((c) => [c.id, c]));
  for (const update of request.candidates ?? []) {
    const candidate = byId.get(update.id);
    if (!candidate) {
      throw badRequest(
        'unknown-candidate',
        `draft "${id}" has no candidate "${update.id}" (candidates are c1…c${draft.candidates.length})`,
      );
    }
    if (update.record) applyRecord(draft, candidate, update.record);
    if (update.decision) candidate.decision = update.decision;
    // Last: "same as" decides the decision itself (accepted as the existing node, or folded into its twin).
    if (update.sameAs) await applySameAs(db, draft, candidate, update.sameAs);
  }
  draft.updatedAt = new Date().toISOString();
  await revalidate(db, draft);
  await saveDraft(db, draft);
  return draft;
}

export async function discardDraft({ db }: DraftServices, id: string): Promise<void> {
  if (!(await deleteDraft(db, id)))
    throw new AppError(404, 'not-found', `draft "${id}" does not exist (already committed or discarded?)`);
}

/**
 * Imports the accepted candidates (a relationship only when both its ends are accepted or already in
 * the graph) with the source and its text, through the loader: all or nothing, and the draft is removed.
 */
/** Imports a draft's accepted candidates; `actor` is the writer the audit trail records. */
export async function commitDraft(
  { db, catalog }: DraftServices,
  id: string,
  actor: string,
): Promise<CommitDraftResponse> {
  const draft = await loadDraft(db, id);
  const existing = await revalidate(db, draft);
  const nodeIds = new Set(
    draft.candidates
      .filter((c) => c.kind === 'node' && c.decision === 'accepted')
      .map((c) => String(c.record.id)),
  );
  const chosen = draft.candidates.filter(
    (c) =>
      c.decision === 'accepted' &&
      isNewRecord(c) &&
      (c.kind === 'node' ||
        [c.record.from, c.record.to].every((end) => nodeIds.has(String(end)) || existing.has(String(end)))),
  );
  const troubled = chosen.filter((c) => c.issues.length > 0);
  if (troubled.length > 0 || (draft.source.issues ?? []).length > 0) throw refused(draft, troubled);
  const document = draftDocument(draft, chosen);
  let summary: Awaited<ReturnType<typeof importDocuments>>;
  try {
    summary = await importDocuments(db, [{ file: `draft ${id}`, data: document }], { actor });
  } catch (error) {
    if (!(error instanceof DatasetInvalidError)) throw error;
    const issues = error.errors.map((e) => ({ record: e.record, path: e.field, message: e.message }));
    throw new AppError(
      422,
      'draft-invalid',
      `The draft was refused by the import, nothing was written: ${issues[0]?.record}: ${issues[0]?.path}: ${issues[0]?.message}`,
      { issues },
    );
  }
  catalog.invalidate();
  await deleteDraft(db, id);
  return { sourceId: draft.source.id, ...summary };
}

function refused(draft: Draft, troubled: DraftCandidate[]): AppError {
  const candidates = troubled.map((c) => ({ id: c.id, issues: c.issues }));
  const first = troubled[0];
  const sourceIssues = draft.source.issues ?? [];
  const head = first
    ? `candidate ${first.id}: ${first.issues[0]?.path}: ${first.issues[0]?.message}`
    : `source: ${sourceIssues[0]?.path}: ${sourceIssues[0]?.message}`;
  return new AppError(
    422,
    'draft-invalid',
    `The draft cannot be committed, nothing was written (${troubled.length} accepted candidate(s) and ${sourceIssues.length} source field(s) to fix); first: ${head}`,
    { candidates, sourceIssues },
  );
}

async function revalidate(db: Database, draft: Draft): Promise<Map<string, NodeLabel>> {
  const result = await db.read<{ id: string; label: NodeLabel }>('existingNodeLabels', {
    ids: idsUsed(draft),
  });
  const existing = new Map(result.records.map((r) => [r.get('id'), r.get('label')] as const));
  validateDraft(draft, existing);
  return existing;
}

function applySource(draft: Draft, given: DraftSourceInput): void {
  for (const key of ['title', 'publisher', 'published', 'language', 'url'] as const) {
    const value = given[key];
    if (value !== undefined) draft.source[key] = value;
  }
}

/** An edited record; its quote is found again in the text (offsets recomputed), else the issue says so. */
function applyRecord(draft: Draft, candidate: DraftCandidate, record: Record<string, unknown>): void {
  const oldId = candidate.record.id;
  candidate.record = { ...record };
  if (typeof record.quote === 'string') {
    const found = locateQuote(draft.text, record.quote);
    if (found) {
      candidate.quoteStart = found.start;
      candidate.quoteEnd = found.end;
      candidate.record.quote = draft.text.slice(found.start, found.end);
    } else {
      candidate.quoteStart = -1;
      candidate.quoteEnd = -1;
    }
  }
  // A node renamed by its id keeps its links.
  if (
    candidate.kind === 'node' &&
    typeof oldId === 'string' &&
    typeof record.id === 'string' &&
    record.id !== oldId
  ) {
    repoint(draft, oldId, record.id);
  }
}

/** "This candidate is the same actor as the existing node X": its links go to X, it is not created. */
async function applySameAs(
  db: Database,
  draft: Draft,
  candidate: DraftCandidate,
  existingId: string,
): Promise<void> {
  if (candidate.kind !== 'node')
    throw badRequest(
      'same-as-not-a-node',
      `candidate "${candidate.id}" is a relationship: only an actor can be the same as an existing node`,
    );
  const result = await db.read<{ id: string; label: string; name: string }>('draftNodeById', {
    id: existingId,
  });
  const row = result.records[0];
  if (!row)
    throw badRequest(
      'same-as-unknown',
      `sameAs: the graph has no node "${existingId}" (pick one with the search)`,
    );
  const oldId = String(candidate.record.id);
  repoint(draft, oldId, existingId);
  const twin = draft.candidates.find(
    (c) => c !== candidate && c.kind === 'node' && c.record.id === existingId,
  );
  candidate.existingId = existingId;
  candidate.rule = 'same-as';
  if (twin) {
    // The draft already cites that node: this candidate's mentions become the twin's, and it is dropped.
    for (const mention of draft.mentions)
      if (mention.candidateId === candidate.id) mention.candidateId = twin.id;
    candidate.decision = 'rejected';
    return;
  }
  candidate.record = {
    id: existingId,
    label: row.get('label'),
    name: row.get('name'),
    quote: candidate.record.quote,
  };
  candidate.decision = 'accepted';
}

function repoint(draft: Draft, from: string, to: string): void {
  for (const c of draft.candidates) {
    if (c.kind !== 'relationship') continue;
    if (c.record.from === from) c.record.from = to;
    if (c.record.to === from) c.record.to = to;
  }
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim().length > 0) ?? 'Untitled article';
  return line.trim().slice(0, 200);
}
