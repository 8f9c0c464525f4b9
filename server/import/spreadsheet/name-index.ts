// The graph's names, folded with the one folding rule (seed/model/name-folding.ts's foldPhrase), so a row's
// "Dijon Metropole" or "métropole de Dijon" finds dijon-metropole. A name first, then an English
// name, then an alias: when two nodes share a folded name, the one it is the main name of wins.

import { foldPhrase } from '../../../seed/model/name-folding.ts';
import type { Database } from '../../database/database.ts';

export type IndexedLabel = 'Organisation' | 'Person' | 'Place' | 'Topic';

export interface KnownNode {
  id: string;
  label: string;
  /** The node's main name (the first of its names). */
  name: string;
}

export interface NameIndex {
  /** The node of one of these labels that bears this name, if any. */
  find(name: string, labels: readonly IndexedLabel[]): KnownNode | undefined;
  /** Whether an id is taken, by any node of the index or a new one the rows create. */
  isTaken(id: string): boolean;
  reserve(id: string): void;
}

export interface NamedNode {
  id: string;
  label: string;
  names: string[];
}

export function buildNameIndex(nodes: Iterable<NamedNode>): NameIndex {
  // folded name → candidates with the rank of that name (0: main name, 1: English, 2: alias).
  const byName = new Map<string, { node: KnownNode; rank: number }[]>();
  const ids = new Set<string>();
  for (const { id, label, names } of nodes) {
    ids.add(id);
    const node = { id, label, name: names[0] ?? id };
    names.forEach((name, index) => {
      const key = foldPhrase(name);
      if (!key) return;
      const entry = { node, rank: Math.min(index, 2) };
      const list = byName.get(key);
      if (list) list.push(entry);
      else byName.set(key, [entry]);
    });
  }
  return {
    find(name, labels) {
      const candidates = byName
        .get(foldPhrase(name))
        ?.filter((c) => labels.includes(c.node.label as IndexedLabel));
      if (!candidates || candidates.length === 0) return undefined;
      return candidates.reduce((best, c) => (c.rank < best.rank ? c : best)).node;
    },
    isTaken: (id) => ids.has(id),
    reserve: (id) => void ids.add(id),
  };
}

/** The index of the names in the graph now (one read; 100,000 names are a few megabytes). */
export async function loadNameIndex(db: Database): Promise<NameIndex> {
  const result = await db.read<{ id: string; label: string; names: string[] }>('knownNames');
  return buildNameIndex(
    result.records.map((record) => ({
      id: record.get('id'),
      label: record.get('label'),
      names: record.get('names'),
    })),
  );
}
