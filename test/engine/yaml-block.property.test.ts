/**
 * Differential property of the line scanner (parse/yaml-block.ts, issue 12):
 * wherever it accepts a text, its documents are exactly the full parse's
 * (Composer + Converter) — nodes, typed values, offsets, lengths, comments —
 * and parseText and lint give what they give with the scanner and the CST
 * fast path both off. Checked on every YAML seed and its `---` segments,
 * fuzz cases, the generated YAML of yaml-generated.ts and the cases below.
 * Acceptance counts keep it from passing by always giving up.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseYamlDocuments } from '../../server/src/engine/parse/yaml';
import { parseBlockYaml } from '../../server/src/engine/parse/yaml-block';
import { loadSeeds } from './fuzz-cases';
import { blockLayout, documentText } from './yaml-generated';
import { differential } from './yaml-differential';

const RUNS = Number(process.env.YAML_BLOCK_PROPERTY_RUNS ?? 1500);
const FUZZ_CASES = Number(process.env.YAML_BLOCK_FUZZ_CASES ?? 2000);
const FUZZ_SEED = Number(process.env.YAML_BLOCK_FUZZ_SEED ?? 17);
const { compareSegment, compareFile, onSeeds, onFuzzCases } = differential('scanner', (text) => parseBlockYaml(text));

/** Where the CST puts blank and comment lines after a collection's last value, and block scalars with lines of spaces. */
const LAYOUTS = [
  'a:\n  b: 1\n  # x\n',
  'a:\n  b: 1\n# x\n',
  'a:\n  b: 1\n    # x\n',
  'a:\n  b: 1\n\n  # x\n',
  'a:\n  b: 1\n\n# x\n\n',
  'k:\n  b:\n    - name: a\n      hour: "19"\n      # job\n  c: 1\n',
  'k:\n  - 1\n  # x\n',
  'k:\n  - 1\n    # x\nz: 1',
  'k:\n  - # x\n    a: 1\n',
  'x:\n  a:   # c\ny: 1',
  'x:\n  a: # c\n\n  # d\n\ny: 1',
  'x:\n  a:\n    - # c\n\n      # d\n    \ny: 1',
  'x:\n  - # c\n  -\n# d\n  -\n  # e\ny: 1',
  'a: |-\n  x\n\n  y\n   \n\nb: 1',
  'a: >\n  x\n  y\n\n  z\n    w\n  v\n',
  'a: |\n  x\n    \n  y\n\n',
  'a: >-\n\n  x\n  \n   y\nb: 1\n',
  'k:\n  a: |\n    x\n  # c\n  b: 1\n',
  '- a: 1\n  b: [x, "y"] # c\n-\n  - z\n',
  '---\na:\n- 1\n- {k: v}\nb: 2\n',
  'description: A long\n  description\n\n  in two paragraphs # c\n    # deeper\nnext: 1\n',
  '- first\n  second\n-  x\n\n\n   y\n',
  'a: 1 # c\r\nb:\r\n  - x\r\n    y\r\n\r\n  # d\r\nc: [1, 2]\r\n',
];

describe('YAML line scanner', () => {
  const { seeds } = loadSeeds();

  test('gives the full parse’s tree for every seed segment it accepts, and accepts most of them', () => {
    const { segments, accepted } = onSeeds(seeds);
    assert.ok(accepted >= 0.5 * segments, `accepted ${accepted} of ${segments} seed segments`);
  });

  test('gives the full parse’s tree and findings on fuzz cases', () => {
    const { accepted } = onFuzzCases(seeds, FUZZ_SEED, FUZZ_CASES);
    assert.ok(accepted > 0);
  });

  test('gives the full parse’s tree on generated YAML, and accepts many of the texts without a problem, a tab, a CR or a BOM', () => {
    let accepted = 0;
    let eligible = 0;
    fc.assert(
      fc.property(documentText, (text) => {
        if (compareSegment(text, JSON.stringify(text))) accepted++;
        if (!/[\t\r\ufeff]/.test(text) && parseYamlDocuments(text).every((document) => document.problems.length === 0)) eligible++;
        compareFile(text, JSON.stringify(text), false);
      }),
      { numRuns: RUNS },
    );
    console.log(`generated accepted ${accepted} of ${eligible}`);
    assert.ok(accepted >= 0.15 * eligible, `accepted ${accepted} of ${eligible}`);
  });

  test('gives the full parse’s lengths wherever blank and comment lines fall, and accepts most such layouts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(blockLayout, (text) => {
        if (compareSegment(text, JSON.stringify(text))) accepted++;
        compareFile(text, JSON.stringify(text), false);
      }),
      { numRuns: RUNS },
    );
    assert.ok(accepted >= RUNS / 3, `accepted ${accepted} of ${RUNS}`);
    console.log(`layouts accepted ${accepted} of ${RUNS}`);
  });

  test('accepts the layouts it was written for, each as the full parse reads it', () => {
    for (const text of LAYOUTS) assert.ok(compareSegment(text, JSON.stringify(text)), `gave up on ${JSON.stringify(text)}`);
  });

  test('gives up where the full parse reports a problem or the tree would carry what it does not read', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: "x\\ty"\n',
      'a: b\n  c: d\n',
      'a: b\n  - c\n',
      'a: "x\n  y"\n',
      'a: [1,\n  2]\n',
      'a: 1\na: 2\n',
      'a: 1\rb: 2\n',
      'a: |\r\n  x\r\n',
      'a:\n\tb: 1\n',
      'a: b: c\n',
      '  a: 1\n',
      '- - a\n',
      'a: |+\n  x\n\n',
      'a: |2\n   x\n',
      'a: 1\n...\n',
      'a: 1\n---\nb: 2\n',
      '---\n',
      'a: |\nb: 1\n',
      '\ufeffa: 1\n',
    ]) {
      assert.equal(parseBlockYaml(text), undefined, JSON.stringify(text));
      compareFile(text, JSON.stringify(text), true);
    }
  });
});
