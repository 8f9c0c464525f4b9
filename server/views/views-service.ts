// Saved views and stories in the database (:SavedView, :Story, bookkeeping labels hidden from the
// schema). A view's state is stored as one JSON string: the server never queries inside it, and one
// property keeps a 5,000-node view a single small write. Saving needs no write token (views are not
// facts); a view saved under a token's name may only be changed or deleted under that same name.
import { randomBytes } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { z } from 'zod';
import {
  MAX_SAVED_VIEWS,
  MAX_STORIES,
  type SavedView,
  type SavedViewSummary,
  type Story,
  type StoryList,
  type storyInputSchema,
  type ViewState,
  type viewInputSchema,
} from '../contract/views.ts';
import type { Database } from '../database/database.ts';
import type { QueryName } from '../database/query-registry.ts';
import { AppError, notFound } from '../shared/errors.ts';

type ViewInput = z.infer<typeof viewInputSchema>;
type StoryInput = z.infer<typeof storyInputSchema>;

const LIST_LIMIT = 500;

/** 10 random base62-ish characters: short enough for a link, 60 bits against guessing. */
export function newShortId(): string {
  return randomBytes(8).toString('base64url').slice(0, 10);
}

const asNumber = (value: unknown) => (neo4j.isInt(value) ? value.toNumber() : Number(value ?? 0));

type Row = { get(key: string): unknown };

function stored(record: Row) {
  return {
    id: String(record.get('id')),
    name: String(record.get('name')),
    notes: String(record.get('notes') ?? ''),
    createdAt: String(record.get('createdAt')),
    updatedAt: String(record.get('updatedAt')),
    createdBy: (record.get('createdBy') as string | null) ?? null,
    updatedBy: (record.get('updatedBy') as string | null) ?? null,
  };
}

const toView = (record: Row): SavedView => ({
  ...stored(record),
  state: JSON.parse(String(record.get('state'))) as ViewState,
});

const run = (tx: ManagedTransaction, db: Database, name: QueryName, params: Record<string, unknown>) =>
  tx.run(db.queries.get(name), params);

function tooMany(what: string, max: number): AppError {
  return new AppError(
    409,
    'store-full',
    `${what}: the store already holds ${max}, the most it keeps; delete some before saving more.`,
  );
}

/** A view or story saved under a write token's name is changed only under that name. */
function checkOwner(what: string, id: string, createdBy: unknown, writer: string | undefined): void {
  if (typeof createdBy === 'string' && createdBy !== writer) {
    throw new AppError(
      403,
      'not-owner',
      `${what} "${id}" was saved by "${createdBy}"; only a request with that write token may change or delete it.`,
    );
  }
}

function viewParams(input: ViewInput, writer: string | undefined) {
  return {
    name: input.name,
    notes: input.notes,
    state: JSON.stringify(input.state),
    nodeCount: neo4j.int(input.state.nodes.length),
    writer: writer ?? null,
  };
}

export async function createView(
  db: Database,
  input: ViewInput,
  writer: string | undefined,
): Promise<SavedView> {
  const record = await db.writeTransaction(async (tx) => {
    const result = await run(tx, db, 'createView', {
      ...viewParams(input, writer),
      id: newShortId(),
      max: neo4j.int(MAX_SAVED_VIEWS),
    });
    return result.records[0];
  }, 'views: create');
  if (!record) throw tooMany('views', MAX_SAVED_VIEWS);
  return toView(record);
}

export async function getView(db: Database, id: string): Promise<SavedView> {
  const result = await db.read('getView', { id });
  const record = result.records[0];
  if (!record) throw notFound('view', id);
  return toView(record);
}

export async function listViews(db: Database): Promise<{ views: SavedViewSummary[]; truncated: boolean }> {
  const result = await db.read('listViews', { limit: neo4j.int(LIST_LIMIT + 1) });
  const views = result.records.slice(0, LIST_LIMIT).map((record) => ({
    ...stored(record),
    nodeCount: asNumber(record.get('nodeCount')),
  }));
  return { views, truncated: result.records.length > LIST_LIMIT };
}

export async function updateView(
  db: Database,
  id: string,
  input: ViewInput,
  writer: string | undefined,
): Promise<SavedView> {
  const record = await db.writeTransaction(async (tx) => {
    const current = (await run(tx, db, 'getView', { id })).records[0];
    if (!current) throw notFound('view', id);
    checkOwner('view', id, current.get('createdBy'), writer);
    return (await run(tx, db, 'updateView', { ...viewParams(input, writer), id })).records[0];
  }, 'views: update');
  if (!record) throw notFound('view', id);
  return toView(record);
}

export async function deleteView(db: Database, id: string, writer: string | undefined): Promise<void> {
  await db.writeTransaction(async (tx) => {
    const current = (await run(tx, db, 'getView', { id })).records[0];
    if (!current) throw notFound('view', id);
    checkOwner('view', id, current.get('createdBy'), writer);
    await run(tx, db, 'deleteView', { id });
  }, 'views: delete');
}

// --- Stories ----------------------------------------------------------------------------------

/** Refuses steps that name views the store does not hold (within the writing transaction). */
async function checkSteps(tx: ManagedTransaction, db: Database, input: StoryInput): Promise<void> {
  const wanted = [...new Set(input.steps.map((step) => step.viewId))];
  const found = new Set(
    (await run(tx, db, 'storyViewIds', { viewIds: wanted })).records.map((record) =>
      String(record.get('id')),
    ),
  );
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new AppError(
      400,
      'unknown-view',
      `stories: steps must name saved views; no view has the id ${missing.map((id) => `"${id}"`).join(', ')}`,
    );
  }
}

function storyParams(input: StoryInput, writer: string | undefined) {
  return {
    name: input.name,
    notes: input.notes,
    steps: JSON.stringify(input.steps),
    writer: writer ?? null,
  };
}

export async function createStory(
  db: Database,
  input: StoryInput,
  writer: string | undefined,
): Promise<Story> {
  const id = await db.writeTransaction(async (tx) => {
    await checkSteps(tx, db, input);
    const result = await run(tx, db, 'createStory', {
      ...storyParams(input, writer),
      id: newShortId(),
      max: neo4j.int(MAX_STORIES),
    });
    return result.records[0]?.get('id') as string | undefined;
  }, 'stories: create');
  if (!id) throw tooMany('stories', MAX_STORIES);
  return getStory(db, id);
}

type StepJson = { viewId: string; note: string };

export async function getStory(db: Database, id: string): Promise<Story> {
  const record = (await db.read('getStory', { id })).records[0];
  if (!record) throw notFound('story', id);
  const steps = JSON.parse(String(record.get('steps'))) as StepJson[];
  const names = new Map(
    (await db.read('storyViewIds', { viewIds: steps.map((step) => step.viewId) })).records.map((row) => [
      String(row.get('id')),
      String(row.get('name')),
    ]),
  );
  return {
    ...stored(record),
    steps: steps.map((step) => ({ ...step, viewName: names.get(step.viewId) ?? null })),
  };
}

export async function listStories(db: Database): Promise<StoryList> {
  const result = await db.read('listStories', { limit: neo4j.int(LIST_LIMIT + 1) });
  const stories = result.records.slice(0, LIST_LIMIT).map((record) => ({
    ...stored(record),
    stepCount: (JSON.parse(String(record.get('steps'))) as StepJson[]).length,
  }));
  return { stories, truncated: result.records.length > LIST_LIMIT };
}

export async function updateStory(
  db: Database,
  id: string,
  input: StoryInput,
  writer: string | undefined,
): Promise<Story> {
  await db.writeTransaction(async (tx) => {
    const current = (await run(tx, db, 'getStory', { id })).records[0];
    if (!current) throw notFound('story', id);
    checkOwner('story', id, current.get('createdBy'), writer);
    await checkSteps(tx, db, input);
    await run(tx, db, 'updateStory', { ...storyParams(input, writer), id });
  }, 'stories: update');
  return getStory(db, id);
}

export async function deleteStory(db: Database, id: string, writer: string | undefined): Promise<void> {
  await db.writeTransaction(async (tx) => {
    const current = (await run(tx, db, 'getStory', { id })).records[0];
    if (!current) throw notFound('story', id);
    checkOwner('story', id, current.get('createdBy'), writer);
    await run(tx, db, 'deleteStory', { id });
  }, 'stories: delete');
}
