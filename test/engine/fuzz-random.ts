/**
 * The fuzzer's deterministic randomness: one small PRNG (mulberry32) seeded
 * from the run's seed and the case's index, so any case can be rebuilt alone,
 * in any process, from those two numbers.
 */

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Seeds a case: the same (run seed, index) always gives the same stream. */
  static forCase(runSeed: number, index: number): Random {
    // Mixing both through a multiply-xorshift keeps neighbouring indexes' streams unrelated.
    let h = Math.imul(runSeed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
    h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
    h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
    return new Random(h ^ (h >>> 16));
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
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
    return items[Math.floor(this.next() * items.length)];
  }

  /** Sizes spread over orders of magnitude (more small than large), up to `max`. */
  logInt(min: number, max: number): number {
    const low = Math.log(Math.max(1, min));
    return Math.min(max, Math.floor(Math.exp(low + this.next() * (Math.log(max) - low))));
  }
}
