// What the streaming check keeps across records, kept small (issue 10: 1M relationships checked with
// node's RSS under 1 GB). Two costs dominate when naive: each id held as its own string, and, worse,
// strings that the JSON stream parser hands out as slices of its 64 KB read buffer: V8 keeps the
// whole buffer alive for as long as one slice of it is held. So ids are copied once into a table and
// referred to by number, and records kept whole are cloned (fresh strings) before they are kept.
import { RELATIONSHIP_TYPES, type RelationshipRecord } from './dataset-schema.ts';

/** A copy of `text` that shares no memory with the string it was cut from. */
export function detached(text: string): string {
  // Slicing a concatenation flattens it into a new string first; the slice then points into that.
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** A deep copy of a parsed record, every string in it detached from the parser's buffers. */
export function detachedRecord<T>(record: T): T {
  return structuredClone(record);
}

/** Ids interned once: each distinct id is stored once, detached, and known by its number. */
export class IdTable {
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];

  intern(id: string): number {
    const known = this.numbers.get(id);
    if (known !== undefined) return known;
    const copy = detached(id);
    this.ids.push(copy);
    this.numbers.set(copy, this.ids.length - 1);
    return this.ids.length - 1;
  }

  /** The stored (detached) copy of an id, to use as a long-lived key. */
  stored(id: string): string {
    return this.ids[this.intern(id)] as string;
  }

  id(n: number): string {
    return this.ids[n] as string;
  }
}

const TYPE_CODE = new Map<string, number>(RELATIONSHIP_TYPES.map((type, i) => [type, i]));
const NODE_BITS = 2 ** 22;
const TYPE_BITS = 64;

/**
 * A relationship's identity for the duplicate rules: a number made of its endpoints' and type's
 * numbers when it has no `key` (the common case), else its full id string. One number per
 * relationship instead of one string.
 */
export function relationshipKey(
  ids: IdTable,
  rel: Pick<RelationshipRecord, 'from' | 'type' | 'to' | 'key'>,
  fullId: string,
): number | string {
  const type = TYPE_CODE.get(rel.type);
  if (rel.key || type === undefined || TYPE_CODE.size > TYPE_BITS) return fullId;
  const from = ids.intern(rel.from);
  const to = ids.intern(rel.to);
  if (from >= NODE_BITS || to >= NODE_BITS) return fullId;
  return (from * NODE_BITS + to) * TYPE_BITS + type;
}

/** A relationship whose endpoint check waits for the end (an endpoint not seen yet), as numbers. */
export interface DeferredRelationship {
  file: string;
  index: number;
  rel: Pick<RelationshipRecord, 'type' | 'from' | 'to' | 'key'>;
}

/** Deferred relationships, four numbers each (file, index in it, from, to) plus the type's code. */
export class DeferredRelationships {
  private readonly files = new IdTable();
  private readonly numbers: number[] = [];
  /** The rare `key`s, by entry. */
  private readonly keys = new Map<number, string>();

  constructor(private readonly ids: IdTable) {}

  get size(): number {
    return this.numbers.length / 5;
  }

  add(file: string, index: number, rel: Pick<RelationshipRecord, 'type' | 'from' | 'to' | 'key'>): void {
    if (rel.key) this.keys.set(this.size, detached(rel.key));
    this.numbers.push(
      this.files.intern(file),
      index,
      this.ids.intern(rel.from),
      this.ids.intern(rel.to),
      TYPE_CODE.get(rel.type) ?? -1,
    );
  }

  *[Symbol.iterator](): Generator<DeferredRelationship> {
    for (let entry = 0; entry < this.size; entry++) {
      const at = entry * 5;
      const key = this.keys.get(entry);
      const rel = {
        type: RELATIONSHIP_TYPES[this.numbers[at + 4] as number] as RelationshipRecord['type'],
        from: this.ids.id(this.numbers[at + 2] as number),
        to: this.ids.id(this.numbers[at + 3] as number),
        ...(key === undefined ? {} : { key }),
      };
      yield { file: this.files.id(this.numbers[at] as number), index: this.numbers[at + 1] as number, rel };
    }
  }
}
