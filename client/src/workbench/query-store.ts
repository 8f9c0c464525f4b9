// History and saved queries, kept in the browser's localStorage. The list logic is pure; the
// storage wrapper survives a full quota, private browsing and entries left by older versions.

export interface HistoryEntry {
  query: string;
  /** The parameters' JSON text as it was when the query ran. */
  params: string;
  /** ISO timestamp of the last run. */
  at: string;
}

export interface SavedQuery {
  name: string;
  query: string;
  params: string;
}

export const HISTORY_LIMIT = 50;
export const HISTORY_KEY = 'cge.workbench.history';
export const SAVED_KEY = 'cge.workbench.saved';

/** Queries that differ only in surrounding whitespace are one query. */
const sameQuery = (a: string, b: string): boolean => a.trim() === b.trim();

/** The entry goes first; an earlier run of the same query is dropped; the oldest fall off past `limit`. */
export function addToHistory(
  history: HistoryEntry[],
  entry: HistoryEntry,
  limit = HISTORY_LIMIT,
): HistoryEntry[] {
  const query = entry.query.trim();
  if (query === '') return history;
  return [{ ...entry, query }, ...history.filter((item) => !sameQuery(item.query, query))].slice(0, limit);
}

/** Saving under an existing name replaces that query; the list stays in name order. */
export function upsertSaved(saved: SavedQuery[], entry: SavedQuery): SavedQuery[] {
  const name = entry.name.trim();
  if (name === '') return saved;
  return [...saved.filter((item) => item.name !== name), { ...entry, name }].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}

export function removeSaved(saved: SavedQuery[], name: string): SavedQuery[] {
  return saved.filter((item) => item.name !== name);
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
export const isHistoryEntry = (value: unknown): value is HistoryEntry =>
  isRecord(value) &&
  typeof value.query === 'string' &&
  typeof value.params === 'string' &&
  typeof value.at === 'string';
export const isSavedQuery = (value: unknown): value is SavedQuery =>
  isRecord(value) &&
  typeof value.name === 'string' &&
  typeof value.query === 'string' &&
  typeof value.params === 'string';

/** A list in storage under one key; unreadable or foreign entries are skipped, not fatal. */
export class StoredList<T> {
  constructor(
    private readonly storage: StorageLike | undefined,
    private readonly key: string,
    private readonly isItem: (value: unknown) => value is T,
  ) {}

  load(): T[] {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(this.key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(this.isItem) : [];
    } catch {
      return [];
    }
  }

  save(items: T[]): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(items));
    } catch {
      // Quota exceeded or storage disabled: the list still works for this session.
    }
  }
}
