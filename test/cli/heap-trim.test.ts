/**
 * The CLI keeps its heap near what it holds (memory/heap-trim.ts): one full
 * collection whenever the old generation has grown by the allowance since
 * the last one, and none otherwise.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HeapTrim } from '../../server/src/memory/heap-trim';
import { fullCollection } from '../../server/src/memory/full-collection';

test('collects when the heap grew past the allowance since the last collection, and only then', () => {
  let used = 100;
  let collections = 0;
  const trim = new HeapTrim(
    50,
    () => {
      collections++;
      used = 120; // what the collection left: the new baseline
    },
    () => used,
  );
  used = 150;
  trim.afterFile();
  assert.equal(collections, 0, 'grown by 50: within the allowance');
  used = 151;
  trim.afterFile();
  assert.equal(collections, 1);
  used = 170;
  trim.afterFile();
  assert.equal(collections, 1, 'grown by 50 since the collection left 120');
  used = 171;
  trim.afterFile();
  assert.equal(collections, 2);
});

test("V8's full collection runs in this process, flag set or not", () => {
  fullCollection();
  fullCollection();
});
