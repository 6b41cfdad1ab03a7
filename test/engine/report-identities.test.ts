/**
 * The linter counts one rule's reports by identity (message id, range, data),
 * also past the per-rule cap where the truncation note gives the exact number
 * left out. report-identities.ts keeps those identities compactly: these are
 * the cases its number-per-range folding must still tell apart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ReportIdentities, dataIdentity, sameIdentity } from '../../server/src/engine/report-identities';
import { lint } from '../../server/src/engine';
import { MAX_FINDINGS_PER_RULE } from '../../server/src/engine/limits';

const at = (offset: number, length: number, data?: Record<string, string | number>, messageId = 'm') => ({ messageId, offset, length, data });

test('the same report twice is one; another range, message id or data is another', () => {
  const seen = new ReportIdentities(100);
  assert.equal(seen.add(at(3, 4, { a: 'x', b: 1 })), true);
  assert.equal(seen.add(at(3, 4, { b: 1, a: 'x' })), false, 'data built in another order is the same');
  assert.equal(seen.add(at(3, 5, { a: 'x', b: 1 })), true, 'another end');
  assert.equal(seen.add(at(4, 3, { a: 'x', b: 1 })), true, 'another start');
  assert.equal(seen.add(at(3, 4, { a: 'x', b: '1' })), true, 'the string "1" is not the number 1');
  assert.equal(seen.add(at(3, 4, { a: 'x', b: 1 }, 'n')), true, 'another message id');
  assert.equal(seen.add(at(3, 4)), true, 'no data');
  assert.equal(seen.add(at(3, 4)), false);
  assert.equal(seen.add(at(3, 5, { a: 'x', b: 1 })), false, 'a third range under one data is remembered in the set');
});

test('ranges are clamped to the text, as the finding would be', () => {
  const seen = new ReportIdentities(10);
  assert.equal(seen.add(at(8, 50)), true);
  assert.equal(seen.add(at(8, 2)), false, 'both end at the end of the text');
  assert.equal(seen.add(at(-5, 6)), true);
  assert.equal(seen.add(at(0, 1)), false, 'both start at 0');
});

test('ranges that fold to one number in a short text are told apart in a long one', () => {
  // start * (length + 1) + end: in a text of 9 characters, (0, 10) and (1, 0) would be one number if unclamped; clamping keeps end ≤ length.
  const seen = new ReportIdentities(9);
  for (let start = 0; start <= 9; start++) for (let end = start; end <= 9; end++) assert.equal(seen.add(at(start, end - start)), true, `${start}-${end}`);
  const long = new ReportIdentities(2 ** 27);
  assert.equal(long.add(at(2 ** 26, 1)), true);
  assert.equal(long.add(at(2 ** 26, 1)), false, 'string ranges in a text too long to fold');
  assert.equal(long.add(at(2 ** 26, 2)), true);
});

test('past the cap, every further finding is counted, exactly', () => {
  // Each private URL is found by private-address and insecure-url once; the count past the cap is exact.
  const count = MAX_FINDINGS_PER_RULE + 37;
  const text = `[${Array.from({ length: count }, (_, i) => `"http://10.0.${i >> 8}.${i & 255}/"`).join(',')}]`;
  const notes = lint(text, 'json').filter((finding) => finding.messageId === 'truncated');
  assert.deepEqual(notes.map((note) => [note.data?.rule, note.data?.more]).sort(), [
    ['insecure-url', '37'],
    ['private-address', '37'],
  ]);
});

test('the first reports, compared field by field, and the later ones, by identity string, are one set', () => {
  const seen = new ReportIdentities(1000);
  const reports = Array.from({ length: 80 }, (_, i) => at(i % 7, i % 5, i % 3 === 0 ? undefined : { host: `h${i % 11}`, n: i % 2 }, i % 4 ? 'm' : 'n'));
  const first = reports.map((report) => seen.add(report));
  const names = new Set<string>();
  const expected = reports.map((report) => {
    const key = `${report.offset}:${report.length}:${dataIdentity(report.messageId, report.data)}`;
    const fresh = !names.has(key);
    names.add(key);
    return fresh;
  });
  assert.deepEqual(first, expected);
  assert.ok(
    reports.every((report) => !seen.add({ ...report })),
    'every one of them again, from before and after the switch, is known',
  );
});

test('sameIdentity says what comparing identity strings says', () => {
  const value = fc.oneof(fc.constantFrom('1', 'a', '', '"', 'x y'), fc.constantFrom(1, 0, -0, 1.5, NaN), fc.string({ maxLength: 3 }), fc.integer());
  const data = fc.option(fc.dictionary(fc.constantFrom('a', 'b', 'host', 'rfc'), value, { maxKeys: 3 }), { nil: undefined });
  const report = fc.record({ messageId: fc.constantFrom('m', 'n'), offset: fc.constant(0), length: fc.constant(0), data });
  fc.assert(
    fc.property(report, report, (a, b) => {
      assert.equal(sameIdentity(a, b), dataIdentity(a.messageId, a.data) === dataIdentity(b.messageId, b.data));
      assert.equal(sameIdentity(a, { ...a, data: a.data && Object.fromEntries(Object.entries(a.data).reverse()) }), true);
    }),
    { numRuns: 3000 },
  );
});
