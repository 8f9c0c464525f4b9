// Imports sent in parts over HTTP: each part (one document, at most the body limit) waits on disk
// until the commit, which streams them through the same loader as `npm run import`, in the
// background, with its progress kept here for GET. Nothing is in the graph before the commit
// publishes it, and a failed commit writes nothing. The sessions live in this process: one server
// instance takes an import's parts (the database holds no half-sent import).
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportSession } from '../contract/api.ts';
import type { Database } from '../database/database.ts';
import { AppError } from '../shared/errors.ts';
import { DatasetInvalidError, importDatasets } from './dataset-loader.ts';
import { fileSource } from './dataset-reader.ts';

export const MAX_PARTS = 10_000;

/** Finished sessions are kept this long for GET, then forgotten. */
const KEEP_FINISHED_MS = 60 * 60_000;

interface Session extends ImportSession {
  dir: string;
  finishedAt?: number;
  /** Who committed it (the write token's name), for the audit trail. */
  actor?: string;
}

export interface ImportParts {
  open(): ImportSession;
  putPart(id: string, n: number, body: Buffer): ImportSession;
  /** `actor`: the committing writer's name, recorded in the audit trail. */
  commit(id: string, actor?: string): ImportSession;
  status(id: string): ImportSession;
  abandon(id: string): ImportSession;
  /** Resolves when the session's commit has finished (tests, shutdown). */
  settled(id: string): Promise<void>;
}

const partFile = (n: number) => `part-${String(n).padStart(5, '0')}.json`;

export function createImportParts(
  db: Database,
  options: { dir?: string; batchSize: number; onPublished?: () => void },
): ImportParts {
  const root = options.dir ?? path.join(os.tmpdir(), 'cooperation-graph-import-parts');
  const sessions = new Map<string, Session>();
  const running = new Map<string, Promise<void>>();

  const view = ({ dir: _dir, finishedAt: _finishedAt, actor: _actor, ...session }: Session): ImportSession =>
    session;
  const forgetOld = () => {
    const now = Date.now();
    for (const [id, session] of sessions) {
      if (session.finishedAt !== undefined && now - session.finishedAt > KEEP_FINISHED_MS)
        sessions.delete(id);
    }
  };
  const find = (id: string): Session => {
    const session = sessions.get(id);
    if (!session)
      throw new AppError(404, 'import-not-found', `No import "${id}": open one with POST /api/imports.`);
    return session;
  };
  const mustBeOpen = (session: Session, action: string) => {
    if (session.state !== 'open') {
      throw new AppError(
        409,
        'import-not-open',
        `Cannot ${action}: the import "${session.id}" is ${session.state}, not open.`,
      );
    }
  };

  async function run(session: Session): Promise<void> {
    const files = readdirSync(session.dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => fileSource(path.join(session.dir, name)));
    try {
      session.summary = await importDatasets(db, files, {
        batchSize: options.batchSize,
        importId: session.id,
        actor: session.actor,
        onProgress: (progress) => {
          session.state = progress.phase === 'checking' ? 'checking' : 'writing';
          session.written = progress.written;
          session.total = progress.total;
          session.batches = progress.batches;
        },
      });
      session.state = 'published';
      options.onPublished?.();
    } catch (error) {
      session.state = 'failed';
      const appError = error instanceof AppError ? error : undefined;
      session.problem = {
        code: appError?.code ?? 'internal-error',
        detail:
          appError && appError.status < 500 ? appError.message : 'The import failed; nothing was written.',
        ...(error instanceof DatasetInvalidError ? { errors: error.errors.slice(0, 1000) } : {}),
      };
    } finally {
      session.finishedAt = Date.now();
      rmSync(session.dir, { recursive: true, force: true });
    }
  }

  return {
    open() {
      forgetOld();
      const id = randomUUID();
      const dir = path.join(root, id);
      mkdirSync(dir, { recursive: true });
      const session: Session = { id, dir, state: 'open', parts: 0, written: 0, total: 0, batches: 0 };
      sessions.set(id, session);
      return view(session);
    },
    putPart(id, n, body) {
      const session = find(id);
      mustBeOpen(session, `add part ${n}`);
      writeFileSync(path.join(session.dir, partFile(n)), body);
      session.parts = readdirSync(session.dir).length;
      return view(session);
    },
    commit(id, actor) {
      const session = find(id);
      mustBeOpen(session, 'commit');
      session.actor = actor;
      if (session.parts === 0) {
        throw new AppError(
          409,
          'import-empty',
          `The import "${id}" has no parts: PUT /api/imports/${id}/parts/1 first.`,
        );
      }
      session.state = 'checking';
      running.set(id, run(session));
      return view(session);
    },
    status: (id) => view(find(id)),
    abandon(id) {
      const session = find(id);
      if (session.state === 'checking' || session.state === 'writing') {
        throw new AppError(
          409,
          'import-running',
          `The import "${id}" is being written; it cannot be abandoned now.`,
        );
      }
      rmSync(session.dir, { recursive: true, force: true });
      sessions.delete(id);
      return view(session);
    },
    settled: async (id) => {
      await running.get(id);
    },
  };
}
