/** Suppression comments applied to findings: scopes, rule lists, expiry. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, type LanguageId } from '../../server/src/engine';

function ids(text: string, language: LanguageId = 'yaml', today = '2026-06-01'): string[] {
  return lint(text, language, {}, { today }).map((f) => `${f.ruleId}@${f.range.start.line + 1}`);
}

test('disable-next-line waives only the next line and only the named rules', () => {
  const text = '# internet-first-disable-next-line private-address -- lab\nurl: http://10.0.0.1/\nb: 10.0.0.2\n';
  assert.deepEqual(ids(text), ['insecure-url@2', 'private-address@3']);
});

test('disable-line waives findings on its own line', () => {
  assert.deepEqual(ids('a: 10.0.0.1 # internet-first-disable-line private-address -- lab\nb: 10.0.0.2\n'), ['private-address@2']);
});

test('disable-file waives the rule everywhere, in every YAML document', () => {
  assert.deepEqual(ids('# internet-first-disable-file private-address -- lab\na: 10.0.0.1\n---\nb: 10.0.0.2\n'), []);
});

test('a waiver expires after its until= day, and the finding says so', () => {
  const text = 'a: 10.0.0.1 # internet-first-disable-line private-address until=2026-05-31 -- migration\n';
  assert.deepEqual(ids(text, 'yaml', '2026-05-31'), []);
  const findings = lint(text, 'yaml', {}, { today: '2026-06-01' });
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /waiver for this finding expired on 2026-05-31/);
});

test('JSONC // and /* */ waivers', () => {
  assert.deepEqual(ids('{\n  // internet-first-disable-next-line private-address -- lab\n  "a": "10.0.0.1",\n  "b": "10.0.0.2" /* internet-first-disable-line private-address -- lab */\n}', 'jsonc'), []);
});

test('a waiver in a YAML block scalar is text, not a comment', () => {
  assert.deepEqual(ids('script: |\n  # internet-first-disable-next-line private-address -- no\n  curl http://10.0.0.1/\n'), ['insecure-url@3', 'private-address@3']);
});

test('suppression findings cannot themselves be waived away by accident', () => {
  const text = '# internet-first-disable-file -- everything\na: 1\n';
  assert.deepEqual(ids(text), ['unused-suppression@1']);
});
