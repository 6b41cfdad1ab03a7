/**
 * A small file with hundreds of syntax errors costs a small multiple of a
 * clean file of its size (issue 11's fuzz run: a 2.8 KB file of duplicated,
 * mis-indented blocks took 84 ms/KB). parse/recover.ts finds up to 20 defects,
 * one per round. The composer made an Error with a captured stack for each of
 * its ~600 problems every round (36x a clean file; now no stack is captured),
 * and each round parsed the whole file again (30x once the clean file got the
 * YAML fast path); now a round parses only the prefix that settles it (4-6x idle, up to 9x beside other work).
 * The clean file is linted as the rounds parse, through the `yaml` package's
 * CST (the line scanner of yaml-block.ts off): the scanner reads it several
 * times faster, but a broken file never reaches it, so it would measure the
 * scanner, not the recovery.
 * CPU time, the best of seven rounds that alternate the two texts in the same
 * process, so load slows both alike.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { parseYamlDocuments } from '../../server/src/engine/parse/yaml';
import { setLineScanner } from '../../server/src/engine/parse/yaml-block';

const BROKEN = '# a policy\n' + '  name: deny-all\nspec:\n  podSelector: {}\n'.repeat(70);
const CLEAN = '---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny-all\nspec:\n  podSelector: {}\n'.repeat(27);
const MAX_RATIO = 15;

function lintClean(): void {
  const previous = setLineScanner(false);
  try {
    lint(CLEAN, 'yaml');
  } finally {
    setLineScanner(previous);
  }
}

function cpuMs(run: () => void, times: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < times; i++) run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / times;
}

test(`a small file full of cascading syntax errors costs at most ${MAX_RATIO} times a clean file of its size`, () => {
  assert.ok(Math.abs(BROKEN.length - CLEAN.length) < 500, `${BROKEN.length} vs ${CLEAN.length} characters`);
  assert.ok(parseYamlDocuments(BROKEN)[0].problems.length > 500, 'the broken text must keep the composer busy with errors');
  // Warm up both paths first, so the comparison is not of the JIT.
  for (let i = 0; i < 5; i++) {
    lint(BROKEN, 'yaml');
    lintClean();
  }
  let broken = Infinity;
  let clean = Infinity;
  for (let round = 0; round < 7; round++) {
    broken = Math.min(
      broken,
      cpuMs(() => lint(BROKEN, 'yaml'), 5),
    );
    clean = Math.min(clean, cpuMs(lintClean, 5));
  }
  assert.ok(broken <= MAX_RATIO * clean, `broken ${broken.toFixed(1)} ms, clean ${clean.toFixed(1)} ms: ${(broken / clean).toFixed(1)}x`);
});

test('parsing leaves Error.stackTraceLimit as it found it', () => {
  const before = Error.stackTraceLimit;
  parseYamlDocuments(BROKEN);
  assert.equal(Error.stackTraceLimit, before);
});
