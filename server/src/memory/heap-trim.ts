/**
 * Keeps a long lint run's heap near what it really holds. Each file's parse
 * and analyses are garbage once its findings are made, but V8 lets the old
 * generation grow to several times its live size before it collects it: the
 * CLI held about 26 MB and peaked at 110 MB of heap (182 MB RSS) on the
 * bench's 2,000 files. After each file, when the old generation has grown by
 * `growthBytes` since the last collection, one full collection brings it back
 * down: 8 collections of 20–40 ms on that run (V8 alone made 2), and a peak
 * of about 156 MB RSS.
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { fullCollection } from './full-collection';

/** Old-generation growth allowed between collections (32 MB: 4 collections and 166 MB on the bench's run). */
export const TRIM_GROWTH_BYTES = 16 * 1024 * 1024;

export class HeapTrim {
  private baseline: number;

  constructor(
    private readonly growthBytes = TRIM_GROWTH_BYTES,
    private readonly collect: () => void = fullCollection,
    private readonly used: () => number = usedHeap,
  ) {
    this.baseline = this.used();
  }

  /** Call between files: collects when the heap has grown by more than the allowance. */
  afterFile(): void {
    if (this.used() - this.baseline <= this.growthBytes) return;
    this.collect();
    this.baseline = this.used();
  }
}

/** Spaces that only a full collection empties. Not the young generation: scavenges keep it small, and counting it collected far too often. */
const OLD_SPACES = new Set(['old_space', 'large_object_space']);

function usedHeap(): number {
  let used = 0;
  for (const space of getHeapSpaceStatistics()) if (OLD_SPACES.has(space.space_name)) used += space.space_used_size;
  return used;
}
