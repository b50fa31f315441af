/**
 * A small seeded pseudo-random number generator (mulberry32) and helpers. Never Math.random:
 * the same seed must always give byte-identical output.
 */

/** Mixes integers into a 32-bit hash (used to derive one independent stream per record). */
export function hash32(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    let k = part | 0;
    k = Math.imul(k ^ (k >>> 16), 0x7feb352d);
    k = Math.imul(k ^ (k >>> 15), 0x846ca68b);
    k ^= k >>> 16;
    h = Math.imul(h ^ k, 0x01000193);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = items.slice();
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }

  shuffle<T>(items: readonly T[]): T[] {
    return this.sample(items, items.length);
  }
}

/** One independent random stream per (seed, stream, index). */
export function rngFor(seed: number, stream: number, index = 0): Rng {
  return new Rng(hash32(seed, stream, index));
}

/** Weighted choice with precomputed cumulative weights (O(log n) per draw). */
export class WeightedPicker<T> {
  readonly items: readonly T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    const kept = entries.filter(([, w]) => w > 0);
    if (kept.length === 0) throw new Error('WeightedPicker needs at least one positive weight');
    this.items = kept.map(([item]) => item);
    this.cumulative = [];
    let sum = 0;
    for (const [, w] of kept) {
      sum += w;
      this.cumulative.push(sum);
    }
    this.total = sum;
  }

  pick(rng: Rng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}
