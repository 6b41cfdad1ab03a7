/**
 * The nesting pre-scan (parse/depth.ts): deep input gets one parse-error
 * finding instead of a parse; ordinary configs, brackets in strings, comments
 * and block scalars are not counted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { isMap, isPair, isSeq, parseAllDocuments } from 'yaml';
import { jsonTooDeepAt, yamlTooDeepAt } from '../../server/src/engine/parse/depth';

const deepBlock = (levels: number): string => Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n';

test('deep flow, compact and indented nesting is caught before parsing', () => {
  assert.equal(yamlTooDeepAt('x: ' + '['.repeat(1000)), 202);
  assert.notEqual(yamlTooDeepAt('- '.repeat(1000) + 'a\n'), undefined);
  assert.notEqual(yamlTooDeepAt('x: ' + '? '.repeat(1000) + 'a\n'), undefined);
  assert.notEqual(yamlTooDeepAt(deepBlock(300)), undefined);
  assert.notEqual(yamlTooDeepAt('x: ' + '{a: '.repeat(300)), undefined);
  assert.notEqual(yamlTooDeepAt('[\n'.repeat(300)), undefined);
  // A sequence at its parent key's column is still one level deeper.
  const sequences = (n: number): string => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- k${i}:\n`).join('');
  assert.notEqual(yamlTooDeepAt(sequences(120)), undefined);
  assert.equal(yamlTooDeepAt(sequences(90)), undefined);
  assert.notEqual(jsonTooDeepAt('['.repeat(300)), undefined);
  assert.notEqual(jsonTooDeepAt('{"a":'.repeat(300)), undefined);
});

test('ordinary nesting, strings, comments and block scalars do not count', () => {
  assert.equal(yamlTooDeepAt(deepBlock(150)), undefined);
  assert.equal(yamlTooDeepAt('x: ' + '['.repeat(150) + ']'.repeat(150) + '\n'), undefined);
  assert.equal(yamlTooDeepAt(`a: "${'['.repeat(500)}"\nb: '${'{'.repeat(500)}'\n# ${'['.repeat(500)}\nc: x${'['.repeat(500)}\n`), undefined);
  assert.equal(yamlTooDeepAt(`script: |\n  ${'['.repeat(500)}\n  more\nnext: [1]\n`), undefined);
  assert.equal(yamlTooDeepAt(`text: >-\n  ${'{'.repeat(500)}\n`), undefined);
  assert.equal(yamlTooDeepAt(`- it's ${'['.repeat(10)}\n`.repeat(10)), undefined);
  // Quotes end where the parser ends them: an unclosed one does not hide what follows, nor does it count.
  assert.equal(yamlTooDeepAt('x: ["\n", ' + '['.repeat(300)), undefined);
  assert.equal(jsonTooDeepAt(`{"a": "${'['.repeat(500)}", // ${'['.repeat(500)}\n /* ${'{'.repeat(500)} */ "b": [[1]]}`), undefined);
});

test('too deep: one parse-error finding, other documents still checked', () => {
  const findings = lint(`x: ${'['.repeat(1000)}\n---\nurl: http://example.com/\n`, 'yaml');
  const parse = findings.filter((f) => f.ruleId === 'parse-error');
  assert.equal(parse.length, 1);
  assert.equal(parse[0].messageId, 'tooDeep');
  assert.match(parse[0].message, /nested deeper than 200 levels/);
  assert.ok(findings.some((f) => f.ruleId === 'insecure-url'));
  const json = lint('{"a":'.repeat(5000), 'json');
  assert.deepEqual(
    json.map((f) => f.messageId),
    ['tooDeep'],
  );
});

/** Depth of the `yaml` package's own composed tree, walked without recursion. */
function composedDepth(text: string): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = parseAllDocuments(text).map((document) => [document.contents, 1]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    deepest = Math.max(deepest, depth);
    for (const item of node.items as unknown[]) {
      if (isPair(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return deepest;
}

test('the count never falls far below the depth the parser builds (random YAML-ish text)', () => {
  const pieces = [
    '[',
    '{',
    ']',
    '}',
    '- ',
    '? ',
    "'",
    '"',
    '#',
    '|',
    '>',
    '\n',
    '\n  ',
    '\n    ',
    ' ',
    'a',
    ': ',
    ', ',
    '&a ',
    '!t ',
    '\\',
    'x: ',
    '- a: ',
    '\t',
  ];
  let seed = 12345;
  const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let run = 0; run < 1500; run++) {
    const bias = random(3);
    let text = '';
    for (let i = 50 + random(300); i > 0; i--) text += pieces[bias > 0 && random(2) === 0 ? random(6) : random(pieces.length)];
    const depth = composedDepth(text);
    // Implicit flow maps (`[a: [b: …`) make two levels of one bracket; the limit leaves room for that.
    const limit = Math.floor(depth / 2) - 1;
    if (limit > 0) assert.notEqual(yamlTooDeepAt(text, limit), undefined, JSON.stringify(text));
  }
});
