/** A finding's identity (dedupe in the linter, waived findings in estate reports) is ids, range and data, never message text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingKey, lint, type Finding } from '../../server/src/engine';

const range = { start: { line: 0, character: 3, offset: 3 }, end: { line: 0, character: 11, offset: 11 } };
const base: Finding = {
  ruleId: 'private-address',
  messageId: 'private',
  message: 'one wording',
  severity: 'error',
  range,
  data: { address: '10.0.0.1', block: 'RFC 1918' },
};

test('the key ignores message text and the order of data keys', () => {
  assert.equal(findingKey({ ...base, message: 'another wording (waiver expired)' } as Finding), findingKey(base));
  assert.equal(findingKey({ ...base, data: { block: 'RFC 1918', address: '10.0.0.1' } }), findingKey(base));
});

test('the key tells apart message ids, data and ranges', () => {
  assert.notEqual(findingKey({ ...base, messageId: 'other' }), findingKey(base));
  assert.notEqual(findingKey({ ...base, data: { address: '10.0.0.2', block: 'RFC 1918' } }), findingKey(base));
  assert.notEqual(findingKey({ ...base, range: { ...range, end: { ...range.end, offset: 12 } } }), findingKey(base));
  assert.notEqual(findingKey({ ...base, data: undefined }), findingKey(base));
  // A number and its text differ, and a value holding the separators cannot pose as two keys.
  assert.notEqual(findingKey({ ...base, data: { port: 1 } }), findingKey({ ...base, data: { port: '1' } }));
  assert.notEqual(findingKey({ ...base, data: { a: 'x\u0000b="y"' } }), findingKey({ ...base, data: { a: 'x', b: 'y' } }));
});

test('lint reports a value seen twice once', () => {
  const findings = lint('a: http://10.0.0.1/\n', 'yaml', {}, { today: '2026-06-01' });
  const keys = findings.map(findingKey);
  assert.equal(new Set(keys).size, keys.length);
});
