/**
 * What the parse cache reads of an edit: the common prefix and suffix of two
 * texts (text-change.ts), and the line index made from the previous text's
 * (LineIndex.changed) equal to one made afresh, for any edit, line breaks of
 * every kind included (a `\r` is a break unless a `\n` follows it).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/engine';
import { textChange } from '../../server/src/engine/parse/text-change';

const piece = fc.constantFrom('a', 'b: 1', '\n', '\r', '\r\n', ' ', '-', 'é', '\u2028', 'x'.repeat(3000));
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
const edit = fc.record({ at: fc.nat(), removed: fc.nat({ max: 8 }), inserted: fc.array(piece, { maxLength: 3 }).map((p) => p.join('')) });

function applied(before: string, { at, removed, inserted }: { at: number; removed: number; inserted: string }): string {
  const start = at % (before.length + 1);
  return before.slice(0, start) + inserted + before.slice(start + removed);
}

function starts(lines: LineIndex): number[] {
  return Array.from({ length: lines.lineCount }, (_, line) => lines.lineStart(line));
}

describe('text change', () => {
  test('the prefix and the suffix are common to both texts and as long as they can be', () => {
    fc.assert(
      fc.property(text, edit, (before, change) => {
        const after = applied(before, change);
        const { prefix, oldEnd, newEnd, delta } = textChange(before, after);
        assert.equal(delta, after.length - before.length);
        assert.equal(newEnd - oldEnd, delta);
        assert.ok(prefix <= oldEnd && prefix <= newEnd);
        assert.equal(before.slice(0, prefix), after.slice(0, prefix));
        assert.equal(before.slice(oldEnd), after.slice(newEnd));
        // Longest: one more character on either side differs (or the window is empty).
        if (prefix < Math.min(before.length, after.length)) assert.notEqual(before[prefix], after[prefix]);
        if (oldEnd > prefix && newEnd > prefix) assert.notEqual(before[oldEnd - 1], after[newEnd - 1]);
      }),
      { numRuns: 1000 },
    );
  });

  test('a line index made from the previous one equals one made afresh, over a sequence of edits', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 6 }), (initial, edits) => {
        let before = initial;
        let lines = new LineIndex(before);
        for (const change of edits) {
          const after = applied(before, change);
          lines = lines.changed(after, textChange(before, after));
          assert.deepEqual(starts(lines), starts(new LineIndex(after)), JSON.stringify(after.slice(0, 200)));
          before = after;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
