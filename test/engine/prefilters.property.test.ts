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
import { fileContext } from '../../server/src/engine/deployment-context';
import { n3RangeOf } from '../../server/src/engine/nhs/addresses';
import { classifyAddress } from '../../server/src/engine/net/address';

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

  test('the storage emulator is found wherever the case-insensitive pattern matches', () => {
    const pieces = [
      'UseDevelopmentStorage',
      'usedevelopmentstorage',
      'USEDEVELOPMENTSTORAGE',
      'Use',
      'DevelopmentStorage',
      '=',
      '=true',
      '=TRUE',
      'true',
      ';',
      ' ',
      'x',
      '\u212a',
      '\u0130',
    ];
    const text = fc.oneof(
      fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join('')),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(text, (content) => {
        const local = fileContext('appsettings.json', content).kind === 'local';
        assert.equal(local, /UseDevelopmentStorage=true/i.test(content));
      }),
      { numRuns: RUNS },
    );
  });

  test('n3RangeOf, reading the address digit by digit, says what it said splitting it', () => {
    const N3 = [
      [10 * 2 ** 24, 11 * 2 ** 24 - 1, 'the N3/HSCN range 10.0.0.0/8'],
      [(172 * 256 + 17) * 2 ** 16, (172 * 256 + 32) * 2 ** 16 - 1, 'the old N3 GP range 172.17.0.0 to 172.31.255.255'],
    ] as const;
    const octet = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0, 10, 17, 31, 32, 172, 255));
    fc.assert(
      fc.property(fc.tuple(octet, octet, octet, octet), fc.integer({ min: -1, max: 33 }), (octets, bits) => {
        const address = classifyAddress(octets.join('.'))!;
        const start = address.canonical.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
        const size = 2 ** (32 - Math.min(Math.max(bits, 0), 32));
        const first = start - (start % size);
        const last = first + size - 1;
        const block = N3.find(([low, high]) => first <= high && last >= low);
        const expected = block && `${first >= block[0] && last <= block[1] ? 'in' : 'overlapping'} ${block[2]}`;
        assert.equal(n3RangeOf(address, bits), expected);
      }),
      { numRuns: RUNS },
    );
  });
});
