import type { Position, Range } from './types';
import type { TextChange } from './parse/text-change';

/** Offset <-> line/character conversion, built once per text (binary search per lookup). */
export class LineIndex {
  /** Offsets of the lines' first characters: a typed array, copied with memcpy and moved in one tight loop (changed()). */
  private readonly starts: Int32Array;

  constructor(
    private readonly text: string,
    /** Line starts already known (changed()): the text is not read. */
    starts?: Int32Array,
  ) {
    this.starts = starts ?? lineStarts(text);
  }

  /**
   * The index of `text`, which is this index's text with one change: line
   * starts before the change are kept, those after it moved, and only the
   * changed characters are read. A line start is the offset after a line
   * break, and whether `\r` is one depends on the character after it, so a
   * start is kept only when its break and the character after the break are
   * both unchanged.
   */
  changed(text: string, change: TextChange): LineIndex {
    const { prefix, oldEnd, newEnd, delta } = change;
    const old = this.starts;
    const kept = this.firstStartAtOrAfter(prefix);
    const after = this.firstStartAtOrAfter(oldEnd + 1);
    // The breaks from the one before the change to the last changed character; a `\r` there looks at the character after it.
    const changedStarts: number[] = [];
    pushStartsAfterBreaks(text, Math.max(0, prefix - 1), newEnd, changedStarts);
    const starts = new Int32Array(kept + changedStarts.length + old.length - after);
    starts.set(old.subarray(0, kept));
    starts.set(changedStarts, kept);
    const moved = kept + changedStarts.length - after;
    if (delta === 0) starts.set(old.subarray(after), moved + after);
    else for (let i = after; i < old.length; i++) starts[moved + i] = old[i] + delta;
    return new LineIndex(text, starts);
  }

  /** The index of the first line start at or after `offset` (the line count when there is none); the first line's start 0 is always kept. */
  private firstStartAtOrAfter(offset: number): number {
    let low = 1;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.starts[low], offset: clamped };
  }

  range(offset: number, length: number): Range {
    return { start: this.position(offset), end: this.position(offset + length) };
  }

  /** Offset of the first character of a 0-based line (clamped to the text). */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** The text of a 0-based line without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
  }
}

/** Offsets after each line break (`\n`, `\r\n` or a lone `\r`), with 0 first. */
function lineStarts(text: string): Int32Array {
  if (!text.includes('\r')) {
    // The usual text, with \n line breaks only: indexOf finds them many times faster than a loop over every character.
    // Counted first, then filled: an array of the right size, not a growing one and a view of it (two typed arrays
    // more, each costing microseconds until V8 optimises the code: 4 % of a small JSON file's lint, in the bench's rounds).
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
    const starts = new Int32Array(count);
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
    return starts;
  }
  const starts = new GrowingInts(Math.max(16, text.length >> 5));
  starts.push(0);
  pushStartsAfterBreaks(text, 0, text.length, starts);
  return starts.values();
}

/** The line starts after the breaks at `[from, to)`: a `\n`, or a `\r` not followed by `\n` (the character after it may lie past `to`). */
function pushStartsAfterBreaks(text: string, from: number, to: number, starts: { push(start: number): void }): void {
  for (let at = from; at < to; at++) {
    const ch = text.charCodeAt(at);
    if (ch === 10 /* \n */ || (ch === 13 /* \r */ && text.charCodeAt(at + 1) !== 10)) starts.push(at + 1);
  }
}

/** Integers pushed into a typed array that doubles when full (a plain array copied into one at the end cost as much as the scan). */
class GrowingInts {
  private array: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.array = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.array.length) {
      const larger = new Int32Array(this.array.length * 2);
      larger.set(this.array);
      this.array = larger;
    }
    this.array[this.length++] = value;
  }

  /** The values pushed, as a view of the array (no copy). */
  values(): Int32Array {
    return this.array.subarray(0, this.length);
  }
}
