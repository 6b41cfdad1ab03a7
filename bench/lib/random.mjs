/** A small seeded PRNG (mulberry32), so every run measures the same corpus. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return {
    next,
    int: (max) => Math.floor(next() * max),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

/**
 * Builds a file line by line and records which lines carry a planted value:
 * `problem` (a real finding the linter should report) or `noise` (a value that
 * looks alarming but is fine, which it should not).
 */
export class LabelledText {
  lines = [];
  labels = [];
  add(line, label) {
    this.lines.push(line);
    if (label) this.labels.push({ line: this.lines.length, kind: label });
    return this;
  }
  text() {
    return `${this.lines.join('\n')}\n`;
  }
}
