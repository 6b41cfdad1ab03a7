/**
 * Differential property of the JSON fast path (issue 12): on any text it
 * accepts, parseWellFormedJson builds exactly the tree jsonc-parser's visitor
 * builds (nodes, offsets, decoded strings, comments, no problems); on any text
 * with a syntax error it gives up, so the full parse reports the error. The
 * generators favour what a hand-written scanner gets wrong: escapes, numbers
 * at the edge of the grammar, comments and trailing commas in every gap,
 * unusual whitespace, and texts cut or altered at a random character.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseJsonWithJsonc } from '../../server/src/engine/parse/json';
import { parseWellFormedJson } from '../../server/src/engine/parse/json-fast';
import { MAX_NESTING } from '../../server/src/engine/limits';
import type { ScalarNode, SeqNode } from '../../server/src/engine/parse/tree';

const RUNS = Number(process.env.JSON_FAST_PROPERTY_RUNS ?? 500);

const GAPS = ['', ' ', '\n', '\r\n', '\t', ' // note\n', '/* c */', '/**/ ', '\u00a0', '\ufeff'];
const STRINGS = ['', 'a', 'http://10.0.0.1/', 'é', '\\"', '\\\\', '\\/', '\\n', '\\u00e9', '\\uD800', '\\x', '\\u12', '\t', '\u2028'];
const NUMBERS = ['0', '-0', '12', '-3.5', '1e5', '1E+2', '2.5e-3', '01', '1.', '.5', '-', '1e', '1e999', '+1'];
const WORDS = ['true', 'false', 'null', 'nul', 'True', 'truex'];

const gap = fc.constantFrom(...GAPS);
const scalar = fc.oneof(
  fc.constantFrom(...STRINGS).map((s) => `"${s}"`),
  fc.constantFrom(...NUMBERS),
  fc.constantFrom(...WORDS),
  fc.string().map((s) => JSON.stringify(s)),
);

const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
  array: fc
    .tuple(fc.array(fc.tuple(gap, tie('value'), gap), { maxLength: 4 }), fc.boolean(), gap)
    .map(([items, trailing, inner]) => `[${inner}${items.map(([a, v, b]) => `${a}${v}${b}`).join(',')}${trailing && items.length ? ',' : ''}]`),
  object: fc
    .tuple(fc.array(fc.tuple(gap, fc.constantFrom(...STRINGS), gap, gap, tie('value'), gap), { maxLength: 4 }), fc.boolean(), gap)
    .map(
      ([entries, trailing, inner]) =>
        `{${inner}${entries.map(([a, k, b, c, v, d]) => `${a}"${k}"${b}:${c}${v}${d}`).join(',')}${trailing && entries.length ? ',' : ''}}`,
    ),
}));

/** A document, sometimes altered at one character: deleted, duplicated or replaced by a structural one. */
const change = fc.option(fc.tuple(fc.nat(), fc.constantFrom('', '{', '}', '[', ']', ',', ':', '"', '/', '*', 'x')));
const text = fc.tuple(gap, value, gap, change).map(([a, v, b, change]) => {
  const whole = `${a}${v}${b}`;
  if (!change) return whole;
  const at = change[0] % (whole.length + 1);
  return whole.slice(0, at) + change[1] + whole.slice(at + 1);
});

describe('JSON fast path', () => {
  test('builds the full parse’s tree wherever it accepts the text, and gives up on every syntax error', () => {
    fc.assert(
      fc.property(text, (source) => {
        const full = parseJsonWithJsonc(source);
        const fast = parseWellFormedJson(source);
        if (full.problems.length > 0) assert.equal(fast, undefined, 'accepted a text with a syntax error');
        if (fast) assert.deepEqual(fast, full);
      }),
      { numRuns: RUNS },
    );
  });

  test('accepts ordinary JSON, whatever its values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (json, pretty) => {
        const source = JSON.stringify(json, null, pretty ? 2 : undefined);
        const fast = parseWellFormedJson(source);
        assert.ok(fast, 'gave up on JSON.stringify output');
        assert.deepEqual(fast, parseJsonWithJsonc(source));
      }),
      { numRuns: RUNS },
    );
  });

  test('reads every number as Number() does: integers added up from their digits, the rest converted', () => {
    // Integers either side of the digits that are added up (15), signs, leading zeros, fractions and exponents.
    const digits = fc.stringMatching(/^[0-9]{1,22}$/);
    const number = fc
      .tuple(fc.boolean(), digits, fc.option(digits), fc.option(fc.tuple(fc.constantFrom('e', 'E+', 'e-'), fc.stringMatching(/^[0-9]{1,3}$/))))
      .map(
        ([minus, integer, fraction, exponent]) => `${minus ? '-' : ''}${integer}${fraction === null ? '' : `.${fraction}`}${exponent ? exponent.join('') : ''}`,
      );
    // Integers whose digits, added up in doubles, round otherwise than Number() (past the 15 digits added up), and the edges.
    const known = fc.constantFrom('60730854853230744', '917502186863952283', '-6031093687636373165', '999999999999999', '-0', '0', '9007199254740993');
    fc.assert(
      fc.property(fc.oneof(known, number), (source) => {
        const fast = parseWellFormedJson(`[${source}]`);
        const full = parseJsonWithJsonc(`[${source}]`);
        if (full.problems.length > 0) return assert.equal(fast, undefined, 'accepted a malformed number');
        assert.deepEqual(fast, full);
        assert.ok(Object.is(((fast?.root as SeqNode).items[0] as ScalarNode).value, Number(source)));
      }),
      { numRuns: RUNS },
    );
  });

  test('leaves nesting deeper than the limit to the full parse, which reports it', () => {
    for (const [open, close] of [
      ['[', ']'],
      ['{"a":', '}'],
    ]) {
      const deep = open.repeat(MAX_NESTING + 1) + close.repeat(MAX_NESTING + 1);
      assert.equal(parseWellFormedJson(deep), undefined);
      assert.equal(parseJsonWithJsonc(deep).problems[0]?.kind, 'tooDeep');
      const atLimit = open.repeat(MAX_NESTING - 1) + '[]' + close.repeat(MAX_NESTING - 1);
      assert.deepEqual(parseWellFormedJson(atLimit), parseJsonWithJsonc(atLimit));
    }
  });

  test('keeps comments in text order with their words', () => {
    const source = '// head\n{ "a": 1, /* mid */ "b": [2, // tail\n] }';
    const fast = parseWellFormedJson(source);
    assert.deepEqual(
      fast?.comments.map((c) => c.text),
      ['head', 'mid', 'tail'],
    );
    assert.deepEqual(fast, parseJsonWithJsonc(source));
  });
});
