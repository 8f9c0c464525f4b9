// Seeded randomness for the generator: the same seed must give byte-identical files on every machine
// and Node version, which Math.random cannot promise (it cannot be seeded at all).

/** mulberry32: a 32-bit generator, small and fast, good enough for test data (not for secrets). */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    // Mixing the seed keeps seeds 1, 2, 3… from starting on correlated sequences.
    this.state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ 0xc2b2ae35) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** A child generator for one part of the work, so adding draws in one part leaves the others alone. */
  fork(salt: number): SeededRandom {
    return new SeededRandom(Math.floor(this.next() * 4294967296) ^ salt);
  }
}

/**
 * Draws indices 0…n-1 with Zipf–Mandelbrot weights 1/(rank + offset)^exponent: a few items get most
 * draws and the tail is long, which is how cooperation degrees look (a region with thousands of
 * partners, most communes with one or two). The offset flattens the head so that the busiest
 * non-hub stays well below the designated hubs.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(
    readonly size: number,
    exponent: number,
    offset: number,
  ) {
    if (size < 1) throw new Error('a Zipf sampler needs at least one item');
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let rank = 0; rank < size; rank++) {
      total += 1 / (rank + 1 + offset) ** exponent;
      this.cumulative[rank] = total;
    }
    for (let rank = 0; rank < size; rank++) this.cumulative[rank] = (this.cumulative[rank] ?? 0) / total;
  }

  /** The share of draws the item of this rank gets. */
  share(rank: number): number {
    return (this.cumulative[rank] ?? 0) - (rank > 0 ? (this.cumulative[rank - 1] ?? 0) : 0);
  }

  draw(random: SeededRandom): number {
    const target = random.next();
    let low = 0;
    let high = this.size - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.cumulative[mid] ?? 1) > target) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}
