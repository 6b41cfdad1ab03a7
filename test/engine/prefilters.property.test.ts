/**
 * The engine's cheap first looks must never change an answer: where one says
 * "nothing here", the full check finds nothing either. Each is tested against
 * what it stands in for, on generated values that favour the characters the
 * full checks look for.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractTargets } from '../../server/src/engine/targets';
import { mayHoldTarget } from '../../server/src/engine/target-memo';
import { findWildcardHosts } from '../../server/src/engine/rules/address/wildcard-hosts';
import { classifyRole } from '../../server/src/engine/roles';
import { compoundKeySegments, keyFacts } from '../../server/src/engine/normal-keys';

const RUNS = Number(process.env.PREFILTER_PROPERTY_RUNS ?? 2000);

const PIECES = [
  'http',
  'https',
  '://',
  ':',
  '.',
  '=',
  ';',
  ',',
  '/',
  '@',
  '+',
  '*',
  '[',
  ']',
  '%',
  '<',
  '>',
  '](',
  'a',
  'p',
  'b',
  ' ',
  '\n',
  '10',
  '0',
  '1',
  '127',
  '255',
  '::1',
  'fe80',
  'localhost',
  'example',
  'com',
  'Server',
  'host',
  'Data Source',
  '${',
  '}',
  '-',
  '<a href="x">',
  '</p>',
  '[docs](https://x)',
  'mailto:',
  'tcp:',
  '__',
  'é',
  '0x0a',
];
const value = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 40 }),
);

describe('prefilters give the full checks answer', () => {
  test('a value mayHoldTarget rejects yields no target', () => {
    fc.assert(
      fc.property(value, (text) => {
        if (!mayHoldTarget(text)) assert.deepEqual(extractTargets(text, { hostList: false }), []);
      }),
      { numRuns: RUNS },
    );
  });

  test('findWildcardHosts finds what its regular expression finds', () => {
    const WILDCARD_URL = /(?<![a-z0-9+.-])((?:https?|wss?):\/\/)(?:[^\s/?#@"'<>]*@)?([+*])(?=[:/?#\s,;"'<>]|$)(?::\d{0,5})?[^\s,;"'<>]*/gi;
    fc.assert(
      fc.property(value, (text) => {
        const expected = [...text.matchAll(WILDCARD_URL)].map((match) => match.index);
        assert.deepEqual(
          findWildcardHosts(text).map((found) => found.start),
          expected,
        );
      }),
      { numRuns: RUNS },
    );
  });

  test('keyFacts agrees with normalising and splitting the key each time', () => {
    fc.assert(
      fc.property(value, (key) => {
        // Twice: the second answer comes from the memo.
        for (let i = 0; i < 2; i++) {
          const facts = keyFacts(key);
          assert.equal(facts.normal, key.toLowerCase().replace(/[^a-z0-9$@]/g, ''));
          assert.deepEqual(facts.segments, compoundKeySegments(key));
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('a value with markup is prose under a key that says nothing, and the markup test skips none', () => {
    const MARKUP =
      /<\/?(?:a|p|div|span|br|strong|em|b|i|u|ul|ol|li|h[1-6]|img|table|tr|td|th|code|pre|small|blockquote)(?:\s[^<>]*|\/)?>|\]\((?:https?|ftp|mailto):/i;
    fc.assert(
      fc.property(value, (text) => {
        const role = classifyRole({ path: ['settings', 'zz'], key: 'zz', parentKey: 'settings', value: text, format: 'generic' });
        assert.equal(role, MARKUP.test(text) ? 'prose' : 'other');
      }),
      { numRuns: RUNS },
    );
  });
});
