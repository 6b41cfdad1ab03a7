/**
 * Differential property of the YAML fast path (parse/yaml-fast.ts, issue 12):
 * wherever it accepts a text, parseYamlDocuments gives exactly what the full
 * path (Composer + Converter) gives — nodes, offsets, lengths, typed values,
 * comments, no problems — and so do parseText and lint. Checked on every YAML
 * seed (real corpora, examples, fixtures) and each of its `---` segments,
 * thousands of fuzz cases, and generated YAML made to tempt a hand-written
 * builder: every scalar style, plain values that the core schema types,
 * comments in every gap, CRLF, a byte order mark, tabs, trailing spaces,
 * empty values, block scalar indicators, and texts altered at one character.
 * Acceptance counts keep the test from passing by always giving up.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseYamlDocuments } from '../../server/src/engine/parse/yaml';
import { parseYamlSegment } from '../../server/src/engine/parse/recover';
import { Lexer } from 'yaml';
import { parseOrdinaryYaml } from '../../server/src/engine/parse/yaml-fast';
import { parseBlockYaml } from '../../server/src/engine/parse/yaml-block';
import { loadSeeds } from './fuzz-cases';
import { documentText } from './yaml-generated';
import { differential } from './yaml-differential';

const RUNS = Number(process.env.YAML_FAST_PROPERTY_RUNS ?? 1500);
const FUZZ_CASES = Number(process.env.YAML_FAST_FUZZ_CASES ?? 2000);
const FUZZ_SEED = Number(process.env.YAML_FAST_FUZZ_SEED ?? 11);
const { compareSegment, compareFile, onSeeds, onFuzzCases } = differential('fast', (text) => parseOrdinaryYaml(text));

/** The composer's documents for the text. */
const full = parseYamlDocuments;

describe('YAML fast path', () => {
  const { seeds } = loadSeeds();
  const yamlSeeds = seeds.filter((seed) => seed.language === 'yaml');

  test('gives the full parse’s tree for every seed segment it accepts, and accepts most of them', () => {
    const { segments, accepted } = onSeeds(seeds);
    // The fast path also takes a whole seed of several documents when each is ordinary.
    for (const seed of yamlSeeds) compareSegment(seed.text, seed.name);
    assert.ok(segments > 0);
    assert.ok(accepted >= 0.6 * segments, `accepted ${accepted} of ${segments} seed segments`);
  });

  test('gives the full parse’s tree and findings on fuzz cases', () => {
    const { cases, accepted } = onFuzzCases(seeds, FUZZ_SEED, FUZZ_CASES);
    assert.ok(cases > 0 && accepted > 0, `accepted ${accepted} segments of ${cases} cases`);
  });

  test('gives the full parse’s tree on generated YAML, and accepts most of what parses without a problem', () => {
    let accepted = 0;
    let clean = 0;
    fc.assert(
      fc.property(documentText, (text) => {
        if (compareSegment(text, JSON.stringify(text))) accepted++;
        if (full(text).every((document) => document.problems.length === 0)) clean++;
        compareFile(text, JSON.stringify(text), false);
      }),
      { numRuns: RUNS },
    );
    assert.ok(accepted >= 0.5 * clean, `accepted ${accepted} of ${clean} generated texts without problems`);
  });

  test('accepts ordinary configuration and types plain values as the core schema does', () => {
    const text = 'a: 1\nb: true\nc: ~\nd: 0x1F\ne: 1e3\nf: .inf\ng: "x"\nh:\n  - |\n    lit\n  - >-\n    folded\ni: [a, 1]\nj: {k: v, l: }\n# end\n';
    const fast = parseOrdinaryYaml(text);
    assert.ok(fast, 'gave up on ordinary YAML');
    assert.deepStrictEqual(fast, full(text));
    const root = fast[0].root;
    assert.equal(root?.kind, 'map');
    if (root?.kind === 'map')
      assert.deepStrictEqual(
        root.pairs.slice(0, 6).map((pair) => pair.value?.kind === 'scalar' && pair.value.value),
        [1, true, null, 31, 1000, Infinity],
      );
  });

  test('gives up on anchors, aliases, tags, nested flow collections, explicit and repeated keys', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: [1, [2]]\n',
      'a: {b: {c: 1}}\n',
      '? a\n: 1\n',
      'a: 1\na: 2\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: 1\n...\n',
    ]) {
      assert.equal(parseOrdinaryYaml(text), undefined, JSON.stringify(text));
    }
  });

  test('meters each line or each lexeme once, whichever is more, whichever parser accepts the text', () => {
    // The line scanner (yaml-block.ts) steps once a line; the fast path and the full parse once a lexeme, skipping as many as were stepped before.
    for (const [text, scanned] of [
      ['a: 1\nb: [x]\n', true],
      ['a: 1\nb: &x 2\n', false],
      ['a: 1\nb: 2\na: 3\n', false],
      ['a: "x\\ty"\nb: 1\n', false],
    ] as const) {
      let steps = 0;
      parseYamlSegment(text, { step: () => steps++ });
      const lines = text.split('\n').length - 1;
      const lexemes = [...new Lexer().lex(text)].length;
      assert.equal(steps, scanned ? lines : Math.max(lines, lexemes), JSON.stringify(text));
      assert.equal(parseBlockYaml(text) !== undefined, scanned, JSON.stringify(text));
    }
  });
});
