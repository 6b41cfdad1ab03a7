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
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../server/src/engine';
import { parseText, yamlSegments } from '../../server/src/engine/parse';
import { parseYamlDocuments } from '../../server/src/engine/parse/yaml';
import { parseYamlSegment } from '../../server/src/engine/parse/recover';
import { Lexer } from 'yaml';
import { parseOrdinaryYaml, setYamlFastPath } from '../../server/src/engine/parse/yaml-fast';
import { loadSeeds, makeCase } from './fuzz-cases';

const RUNS = Number(process.env.YAML_FAST_PROPERTY_RUNS ?? 1500);
const FUZZ_CASES = Number(process.env.YAML_FAST_FUZZ_CASES ?? 2000);
const FUZZ_SEED = Number(process.env.YAML_FAST_FUZZ_SEED ?? 11);
const TODAY = '2026-01-01';
after(() => setYamlFastPath(true));

/** The full path's documents for the text (fast path off). */
function full(text: string) {
  setYamlFastPath(false);
  try {
    return parseYamlDocuments(text);
  } finally {
    setYamlFastPath(true);
  }
}

/** Whether the fast path accepts the text; if so its documents equal the full path's. */
function compareSegment(text: string, name: string): boolean {
  const fast = parseOrdinaryYaml(text);
  if (fast === undefined) return false;
  assert.deepStrictEqual(fast, full(text), `${name}: fast tree differs`);
  return true;
}

/** parseText and lint of the whole text with the fast path on equal those with it off. */
function compareFile(text: string, name: string, withLint: boolean): void {
  setYamlFastPath(false);
  const slowParse = parseText(text, 'yaml');
  const slowFindings = withLint ? lint(text, 'yaml', {}, { today: TODAY, fileName: 'values.yaml' }) : undefined;
  setYamlFastPath(true);
  assert.deepStrictEqual(parseText(text, 'yaml'), slowParse, `${name}: parse differs`);
  if (withLint) assert.deepStrictEqual(lint(text, 'yaml', {}, { today: TODAY, fileName: 'values.yaml' }), slowFindings, `${name}: findings differ`);
}

const PLAIN = [
  'a',
  'true',
  'True',
  'TRUE',
  'false',
  'yes',
  'no',
  'off',
  'null',
  'Null',
  'NULL',
  '~',
  '0',
  '-0',
  '+1',
  '012',
  '0o17',
  '0o8',
  '0x1F',
  '0xg',
  '1e3',
  '1E+3',
  '-2.5e-3',
  '.5',
  '5.',
  '1.0',
  '.inf',
  '-.Inf',
  '+.INF',
  '.nan',
  '.NaN',
  '1_000',
  '10.0.0.1',
  'http://10.0.0.1:80/x',
  'a b',
  'a:b',
  'a#b',
  'é',
  '-',
  '-a',
  '12:30',
  '2026-01-01',
  '0.0.0.0/0',
  '9007199254740993',
  '1e999',
];
const QUOTED = ["'a'", "''", "'it''s'", '"a"', '""', '"\\n\\t\\u00e9"', '"\\x41"', '"a\\\nb"', "'multi\n  line'", '"multi\n  line"', '"bad \\q"'];
const FLOW = [
  '[]',
  '{}',
  '[a, b]',
  '[ 1 , "x" ]',
  "['a', true, ~]",
  '[a,]',
  '[a, ]',
  '[,a]',
  '[a,,b]',
  '{a: 1, b: "x"}',
  '{a: 1,}',
  '{a: }',
  '{a:1}',
  '{"a":1}',
  '[a, [b]]',
  '{a: {b: 1}}',
  '{a: 1, a: 2}',
  '[a: b]',
  '{? a}',
  '{a}',
  '[a # c\n  , b]',
  '[a,\n  b]',
  '[a] # c',
  '[a]x',
  '[a',
  '{a: 1',
];
const BLOCK_HEADERS = ['|', '>', '|-', '>-', '|+', '>+', '|2', '>1-', '|-2', '|#c', '| # c'];

const gapComment = fc.constantFrom('', '', '', ' # c', '  #', ' #x#y', '\t# tab');
const trailing = fc.constantFrom('', '', '', ' ', '  ', '\t');
const plain = fc.oneof(fc.constantFrom(...PLAIN), fc.stringMatching(/^[a-z0-9.:/_-]{1,8}$/));
const key = fc.oneof(fc.constantFrom('a', 'b', 'c', 'url', 'host', '1', 'true', 'null', '"a"', "'b'", '"x y"', 'k-1'), plain);
const inlineScalar = fc.oneof(plain, fc.constantFrom(...QUOTED), fc.constantFrom(...FLOW), fc.constant(''));

/** A node written at `indent` after a key or `- `, as lines (the first continues the key's line). */
type Block = (indent: number) => fc.Arbitrary<string>;

const blockScalar: Block = (indent) =>
  fc
    .tuple(
      fc.constantFrom(...BLOCK_HEADERS),
      fc.array(fc.constantFrom('line', 'http://10.0.0.1/', '', '  more', '# not a comment', 'k: v'), { maxLength: 3 }),
      fc.boolean(),
    )
    .map(
      ([header, lines, blankEnd]) =>
        ` ${header}\n${lines.map((line) => (line === '' ? '' : ' '.repeat(indent + 2) + line)).join('\n')}${lines.length ? '\n' : ''}${blankEnd ? '\n' : ''}`,
    );

function block(indent: number, depth: number): fc.Arbitrary<string> {
  const scalarValue = fc.tuple(inlineScalar, gapComment, trailing).map(([v, c, t]) => `${v === '' ? '' : ' ' + v}${t}${c}\n`);
  const options: Array<fc.Arbitrary<string>> = [scalarValue, blockScalar(indent)];
  if (depth < 3) {
    const childIndent = fc.constantFrom(indent + 2, indent + 4, indent + 1);
    options.push(
      childIndent
        .chain((ci) =>
          fc.array(
            fc
              .tuple(key, fc.constantFrom('', '\n', `${' '.repeat(ci)}# between\n`))
              .chain(([k, gap]) => block(ci, depth + 1).map((v) => `${gap}${' '.repeat(ci)}${k}:${v}`)),
            { minLength: 1, maxLength: 3 },
          ),
        )
        .map((entries) => `\n${entries.join('')}`),
      fc
        .constantFrom(indent, indent + 2)
        .chain((ci) =>
          fc.array(
            block(ci + 2, depth + 1).map((v) => `${' '.repeat(ci)}-${v}`),
            { minLength: 1, maxLength: 3 },
          ),
        )
        .map((items) => `\n${items.join('')}`),
    );
  }
  return fc.oneof(...options);
}

const documentText = fc
  .tuple(
    fc.constantFrom('', '', '\ufeff', '# head\n', '---\n', '--- # c\n', '\n'),
    fc.array(
      fc.tuple(key, block(0, 0)).map(([k, v]) => `${k}:${v}`),
      { minLength: 1, maxLength: 4 },
    ),
    fc.constantFrom('', '', '# tail\n', '\n\n', '  # indented tail\n'),
    fc.boolean(),
    fc.option(fc.tuple(fc.nat(), fc.constantFrom('', ' ', '\t', ':', '-', '#', '"', "'", '\n', 'x', '|', '&', '*', '[', '?'))),
  )
  .map(([head, entries, tail, crlf, change]) => {
    let whole = head + entries.join('') + tail;
    if (crlf) whole = whole.replace(/\n/g, '\r\n');
    if (!change) return whole;
    const at = change[0] % (whole.length + 1);
    return whole.slice(0, at) + change[1] + whole.slice(at + 1);
  });

describe('YAML fast path', () => {
  const { seeds } = loadSeeds();
  const yamlSeeds = seeds.filter((seed) => seed.language === 'yaml');

  test('gives the full parse’s tree for every seed segment it accepts, and accepts most of them', () => {
    let segments = 0;
    let accepted = 0;
    for (const seed of yamlSeeds) {
      for (const { start, end } of yamlSegments(seed.text)) {
        segments++;
        if (compareSegment(seed.text.slice(start, end), `${seed.name} @${start}`)) accepted++;
      }
      compareSegment(seed.text, seed.name);
      compareFile(seed.text, seed.name, true);
    }
    assert.ok(segments > 0);
    assert.ok(accepted >= 0.6 * segments, `accepted ${accepted} of ${segments} seed segments`);
  });

  test('gives the full parse’s tree and findings on fuzz cases', () => {
    let cases = 0;
    let accepted = 0;
    for (let index = 0; index < FUZZ_CASES; index++) {
      const fuzzCase = makeCase(seeds, FUZZ_SEED, index, { maxGrowth: 512 });
      if (fuzzCase.language !== 'yaml') continue;
      cases++;
      const name = `case ${index} (${fuzzCase.mutation}, ${fuzzCase.seed.name})`;
      for (const { start, end } of yamlSegments(fuzzCase.text)) if (compareSegment(fuzzCase.text.slice(start, end), name)) accepted++;
      compareFile(fuzzCase.text, name, index % 8 === 0);
    }
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

  test('meters every lexeme once, whether the fast path accepts the text, gives up while lexing or after', () => {
    for (const text of ['a: 1\nb: [x]\n', 'a: 1\nb: &x 2\n', 'a: 1\nb: 2\na: 3\n']) {
      let steps = 0;
      parseYamlSegment(text, { step: () => steps++ });
      assert.equal(steps, [...new Lexer().lex(text)].length, JSON.stringify(text));
    }
  });
});
