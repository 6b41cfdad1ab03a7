/**
 * ownCopy (engine/own-copy.ts): the same string, holding no larger string it
 * was cut from, so that a memo shared across files does not keep each file's
 * text. Checked structurally in a child process with --expose-gc: the live
 * heap once the text is dropped and only the copies of its pieces are kept.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ownCopy } from '../../server/src/engine/own-copy';

test('the copy is the same string, short or long', () => {
  const text = 'endpoint: http://billing.internal.example:8080/v1\n';
  for (const piece of ['', 'a', text.slice(0, 12), text.slice(0, 13), text.slice(10, 48), text]) assert.equal(ownCopy(piece), piece);
});

const MEASURE = `
const { ownCopy } = require(${JSON.stringify(join(__dirname, '../../server/src/engine/own-copy.js'))});
const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
function kept(copy) {
  const before = heap();
  // 100 texts of 100 KB, one 20-character piece of each kept: a view would keep all 10 MB.
  const pieces = [];
  for (let i = 0; i < 100; i++) {
    const text = String(i).padStart(4, '0') + 'x'.repeat(100_000);
    pieces.push(copy(text.slice(i % 50, 20 + (i % 50))));
  }
  const added = heap() - before;
  return pieces.length > 0 ? added : 0;
}
process.stdout.write(JSON.stringify({ slices: kept((piece) => piece), ownCopies: kept(ownCopy) }));
`;

test('a copy keeps only its own characters, not the text it was cut from', () => {
  const child = spawnSync(process.execPath, ['--expose-gc', '-e', MEASURE], { encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  const { slices, ownCopies } = JSON.parse(child.stdout) as { slices: number; ownCopies: number };
  assert.ok(ownCopies < 1_000_000, `${ownCopies} bytes kept by 100 copies (plain slices: ${slices})`);
});
