// The size bound every list answer keeps: no response body over RESPONSE_MAX_BYTES of JSON.
// Counts alone do not bound bytes (one partnership can carry hundreds of quotes), so list
// endpoints put each item through one budget and say `truncated` when the next item would not fit.

/** The largest JSON body an API answer may have (issue of field scale: "no response over 2 MB"). */
export const RESPONSE_MAX_BYTES = 2_000_000;
/** Room left for the envelope around the lists (totals, cursors, group counts). */
const ENVELOPE_BYTES = 16_000;

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');

/**
 * A byte budget shared by the lists of one answer. `fits` counts the item when it fits and
 * refuses it otherwise; once one item is refused, every later one is too, so a page stays a
 * prefix of the ranking and a cursor can resume after it.
 */
export class ResponseBudget {
  private used = 0;
  private exhausted = false;

  constructor(private readonly maxBytes: number = RESPONSE_MAX_BYTES - ENVELOPE_BYTES) {}

  fits(item: unknown): boolean {
    if (this.exhausted) return false;
    // +1: the comma between items.
    const size = jsonBytes(item) + 1;
    if (this.used + size > this.maxBytes) {
      this.exhausted = true;
      return false;
    }
    this.used += size;
    return true;
  }

  /** Whether an item was refused: the answer was cut by size. */
  get cut(): boolean {
    return this.exhausted;
  }

  /** The longest prefix of `items` that fits. */
  take<T>(items: readonly T[]): T[] {
    const kept: T[] = [];
    for (const item of items) {
      if (!this.fits(item)) break;
      kept.push(item);
    }
    return kept;
  }
}

/** Bytes of a value as JSON: for tests and logs that check the bound. */
export const responseBytes = jsonBytes;
