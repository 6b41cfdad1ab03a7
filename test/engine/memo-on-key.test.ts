/**
 * MemoOnKey (engine/memo-on-key.ts): one value per object, kept on the object,
 * so that a value referring back to its key is freed by a scavenge. In a
 * WeakMap such a value kept its key, and the whole parse tree behind it,
 * until the next mark-compact (docs/performance.md, "Memory").
 *
 * The collection is checked structurally: a child process with --expose-gc
 * runs two young-generation collections and reports how much reached the old
 * generation, which depends on what is kept, not on the machine's load.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { MemoOnKey } from '../../server/src/engine/memo-on-key';

test('a memo keeps one value per object, apart from other memos', () => {
  const first = new MemoOnKey<object, string>('first');
  const second = new MemoOnKey<object, string>('second');
  const a = {};
  const b = {};
  first.set(a, 'one');
  second.set(a, 'two');
  assert.equal(first.get(a), 'one');
  assert.equal(second.get(a), 'two');
  assert.equal(first.get(b), undefined);
  first.set(a, 'again');
  assert.equal(first.get(a), 'again');
});

test('a copy made by spreading the object does not take the memo along, and the object shows no new key', () => {
  const memo = new MemoOnKey<{ offset: number }, number[]>('list');
  const document = { offset: 3 };
  memo.set(document, [1, 2]);
  const copy = { ...document, offset: 4 };
  assert.equal(memo.get(copy), undefined);
  assert.deepEqual(Object.keys(document), ['offset']);
  assert.equal(JSON.stringify(document), '{"offset":3}');
});

const MEASURE = `
const v8 = require('node:v8');
const { MemoOnKey } = require(${JSON.stringify(join(__dirname, '../../server/src/engine/memo-on-key.js'))});
const oldGeneration = () => v8.getHeapSpaceStatistics()
  .filter((space) => space.space_name === 'old_space' || space.space_name === 'large_object_space')
  .reduce((total, space) => total + space.space_used_size, 0);
// 200 keys, each with a list of 100 objects that refer back to it (as visits hold their document): about 1 MB in all.
function promoted(memo) {
  gc();
  const before = oldGeneration();
  for (let k = 0; k < 200; k++) {
    const key = { k };
    const value = [];
    for (let i = 0; i < 100; i++) value.push({ key, i });
    memo.set(key, value);
  }
  gc({ type: 'minor' });
  gc({ type: 'minor' });
  return oldGeneration() - before;
}
process.stdout.write(JSON.stringify({ weakMap: promoted(new WeakMap()), memoOnKey: promoted(new MemoOnKey('values')) }));
`;

test('values that refer back to their key are freed by young-generation collections (a WeakMap promotes them)', () => {
  const child = spawnSync(process.execPath, ['--expose-gc', '-e', MEASURE], { encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  const { weakMap, memoOnKey } = JSON.parse(child.stdout) as { weakMap: number; memoOnKey: number };
  // About 1 MB reached the old generation through the WeakMap (V8 11.3); next to nothing through the memo.
  assert.ok(memoOnKey < 100_000, `${memoOnKey} bytes promoted through MemoOnKey (a WeakMap: ${weakMap})`);
});
