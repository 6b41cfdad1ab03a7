/**
 * What the shared analyses keep for each value of a file (issue 11: server RSS
 * ≤ 300 MB with a 5 MB document open). A 1 MB list of private URLs kept 430
 * to 445 bytes a value (JSON, YAML) in its visits (path, keys, role), target
 * cache and checked-target lists; now 245 to 260, after exact-size paths and
 * parallel target lists (5 MB of JSON: 90 MB before, 56 MB after).
 *
 * Measured structurally, not timed: a child process with --expose-gc builds
 * the analyses of a 1 MB list and reports the live heap they add after a full
 * collection, which depends on what is kept, not on the machine's load. The
 * bound sits between the two figures, nearer the old one: a heap's layout
 * differs a little between Node versions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const MAX_BYTES_PER_VALUE = 340;

const MEASURE = `
const { parseText } = require(${JSON.stringify(join(__dirname, '../../server/src/engine/parse/index.js'))});
const { LintFile } = require(${JSON.stringify(join(__dirname, '../../server/src/engine/context.js'))});
const [language, unit, head, tail] = JSON.parse(process.argv[1]);
const text = head + unit.repeat(Math.floor((2 ** 20 - head.length - tail.length) / unit.length)) + tail;
const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
const parsed = parseText(text, language);
const before = heap();
const file = new LintFile(text, language, parsed, 'values.' + language);
const scalars = file.scalars();
file.checkedTargets(new Set(['endpoint', 'public-endpoint', 'cors-origin', 'other']));
file.checkedTargets(new Set(['endpoint', 'public-endpoint', 'cors-origin', 'other', 'network']));
const added = heap() - before;
process.stdout.write(JSON.stringify({ values: scalars.length, added, kept: [parsed, file].length }));
`;

function bytesPerValue(shape: [language: string, unit: string, head: string, tail: string]): { values: number; perValue: number } {
  const child = spawnSync(process.execPath, ['--expose-gc', '-e', MEASURE, JSON.stringify(shape)], { encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  const { values, added } = JSON.parse(child.stdout) as { values: number; added: number };
  return { values, perValue: added / values };
}

for (const shape of [
  ['json', '"http://10.0.0.1/",', '[', '1]'],
  ['yaml', 'k: http://10.0.0.1/\n', '', ''],
] as Array<[string, string, string, string]>) {
  test(`a 1 MB ${shape[0]} file of private URLs keeps at most ${MAX_BYTES_PER_VALUE} bytes a value in its analyses`, () => {
    const { values, perValue } = bytesPerValue(shape);
    assert.ok(values > 50_000, `${values} values: the text must be the 1 MB list`);
    assert.ok(perValue <= MAX_BYTES_PER_VALUE, `${perValue.toFixed(0)} bytes a value`);
  });
}
