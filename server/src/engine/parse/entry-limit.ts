/**
 * How much of a huge document is read: a well-formed JSON document past
 * LARGE_DOCUMENT characters stops at its first `maxEntries` top-level entries,
 * a YAML map read in pieces (yaml-pieces.ts: past four pieces, 1 MB) after the
 * piece that passes them, and a `parse-error`
 * (`tooManyEntries`) at the first entry not read says so. Time limits bound
 * time, not memory: on an idle machine 5 MB of 262,000 short `key: value` lines
 * was read whole within the editor's 3 s and the language server peaked at
 * 636-647 MB; the tree and the analyses of an entry cost about 1 KB at their
 * peak. No hand-written file comes near either bound.
 */
import type { SyntaxProblem } from './tree';

/** Shorter JSON documents are always read whole. */
export const LARGE_DOCUMENT = 1024 * 1024;

let maxEntries = 50_000;

export function entryLimit(): number {
  return maxEntries;
}

/** Sets the entry limit (tests lower it); returns the one before. */
export function setMaxEntries(limit: number): number {
  const previous = maxEntries;
  maxEntries = limit;
  return previous;
}

/** The problem at the first entry not read. */
export function tooManyEntries(offset: number, length: number): SyntaxProblem {
  return { offset, length: Math.max(1, length), message: thousands(maxEntries), kind: 'tooManyEntries' };
}

/** 50000 as `50,000` (no locale: the engine never sets up ICU). */
function thousands(count: number): string {
  const digits = String(count);
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) grouped = digits.slice(Math.max(0, end - 3), end) + (grouped ? `,${grouped}` : '');
  return grouped;
}
