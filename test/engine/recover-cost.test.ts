/**
 * A small file with hundreds of syntax errors costs a small multiple of a
 * clean file of its size (issue 11's fuzz run: a 2.8 KB file of duplicated,
 * mis-indented blocks took 84 ms/KB). parse/recover.ts parses such a file up to
 * 21 times, and the composer made an Error with a captured stack for each of
 * its ~600 problems every time; now no stack is captured. CPU time, the best
 * of five, of both texts in the same process: load slows both alike. The
 * bound sits between the two figures measured (36x before, 10x after).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { parseYamlDocuments } from '../../server/src/engine/parse/yaml';

const BROKEN = '# a policy\n' + '  name: deny-all\nspec:\n  podSelector: {}\n'.repeat(70);
const CLEAN = '---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny-all\nspec:\n  podSelector: {}\n'.repeat(27);
const MAX_RATIO = 25;

function cpuMs(run: () => void, times: number): number {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = process.cpuUsage();
    for (let i = 0; i < times; i++) run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000 / times);
  }
  return best;
}

test('a small file full of cascading syntax errors costs at most 25 times a clean file of its size', () => {
  assert.ok(Math.abs(BROKEN.length - CLEAN.length) < 500, `${BROKEN.length} vs ${CLEAN.length} characters`);
  assert.ok(parseYamlDocuments(BROKEN)[0].problems.length > 500, 'the broken text must keep the composer busy with errors');
  // Warm up both paths first, so the comparison is not of the JIT.
  for (let i = 0; i < 5; i++) {
    lint(BROKEN, 'yaml');
    lint(CLEAN, 'yaml');
  }
  const broken = cpuMs(() => lint(BROKEN, 'yaml'), 5);
  const clean = cpuMs(() => lint(CLEAN, 'yaml'), 5);
  assert.ok(broken <= MAX_RATIO * clean, `broken ${broken.toFixed(1)} ms, clean ${clean.toFixed(1)} ms: ${(broken / clean).toFixed(1)}x`);
});

test('parsing leaves Error.stackTraceLimit as it found it', () => {
  const before = Error.stackTraceLimit;
  parseYamlDocuments(BROKEN);
  assert.equal(Error.stackTraceLimit, before);
});
