/**
 * What changed between two versions of a text, as the parse cache sees it:
 * the longest common prefix and, after it, the longest common suffix. An
 * editor's keystroke changes one place, so everything before `prefix` and
 * everything from `newEnd` on is the text it was (the latter `delta`
 * characters further on), and only what lies between needs reading again.
 */
export interface TextChange {
  /** Characters at the start that are unchanged. */
  readonly prefix: number;
  /** Where the unchanged end starts in the old text and in the new one. */
  readonly oldEnd: number;
  readonly newEnd: number;
  /** newText.length - oldText.length: how far the unchanged end moved. */
  readonly delta: number;
}

/**
 * Compared a chunk at a time: two equal slices compare as fast as memory can be
 * read, a character loop is several times slower, and a keystroke in a 1 MB
 * file compares all of it (the prefix, then the suffix). The chunk doubles
 * while the texts agree and halves where they differ, so a change is found in
 * a few dozen comparisons and some 2 × its distance from either end.
 */
const FIRST_CHUNK = 256;
const LARGEST_CHUNK = 1 << 16;
/** A chunk this small is read a character at a time. */
const SMALLEST_CHUNK = 32;

export function textChange(oldText: string, newText: string): TextChange {
  const shorter = Math.min(oldText.length, newText.length);
  const prefix = commonLength(oldText, newText, shorter, false);
  const suffix = commonLength(oldText, newText, shorter - prefix, true);
  return { prefix, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix, delta: newText.length - oldText.length };
}

/** How many characters the texts have in common at their starts (or, `fromEnd`, at their ends), at most `limit`. */
function commonLength(a: string, b: string, limit: number, fromEnd: boolean): number {
  let common = 0;
  let size = FIRST_CHUNK;
  while (limit - common > SMALLEST_CHUNK) {
    const length = Math.min(size, limit - common);
    if (chunk(a, common, length, fromEnd) === chunk(b, common, length, fromEnd)) {
      common += length;
      size = Math.min(size * 2, LARGEST_CHUNK);
    } else if (length <= SMALLEST_CHUNK) break;
    else size = length >> 1;
  }
  while (common < limit && charFrom(a, common, fromEnd) === charFrom(b, common, fromEnd)) common++;
  return common;
}

/** The `length` characters after the first `skip` (from the end: before the last `skip`). */
function chunk(text: string, skip: number, length: number, fromEnd: boolean): string {
  return fromEnd ? text.slice(text.length - skip - length, text.length - skip) : text.slice(skip, skip + length);
}

function charFrom(text: string, skip: number, fromEnd: boolean): number {
  return text.charCodeAt(fromEnd ? text.length - skip - 1 : skip);
}
