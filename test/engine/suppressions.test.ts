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
  assert.deepEqual(
    ids(
      '{\n  // internet-first-disable-next-line private-address -- lab\n  "a": "10.0.0.1",\n' +
        '  "b": "10.0.0.2" /* internet-first-disable-line private-address -- lab */\n}',
      'jsonc',
    ),
    [],
  );
});

test('a waiver in a YAML block scalar is text, not a comment', () => {
  assert.deepEqual(ids('script: |\n  # internet-first-disable-next-line private-address -- no\n  curl http://10.0.0.1/\n'), [
    'insecure-url@3',
    'private-address@3',
  ]);
});

test('suppression findings cannot themselves be waived away by accident', () => {
  const text = '# internet-first-disable-file -- everything\na: 1\n';
  assert.deepEqual(ids(text), ['unused-suppression@1']);
});

test('a # inside a complex key, a quoted string or a block scalar is text, not a comment', () => {
  assert.deepEqual(ids('? ["x # internet-first-disable-file private-address -- r"]\n: 1\nb: 10.0.0.2\n'), ['private-address@3']);
  assert.deepEqual(ids('? { k: "x # internet-first-disable-file private-address -- r" }\n: 1\nb: 10.0.0.2\n'), ['private-address@3']);
  assert.deepEqual(ids('a: "x # internet-first-disable-file private-address -- r"\nb: 10.0.0.2\n'), ['private-address@2']);
  assert.deepEqual(ids("a: 'x # internet-first-disable-file private-address -- r'\nb: 10.0.0.2\n"), ['private-address@2']);
  assert.deepEqual(ids('a: >\n  # internet-first-disable-file private-address -- r\nb: 10.0.0.2\n'), ['private-address@3']);
});

test('real comments work in every position', () => {
  const waiver = 'internet-first-disable-file private-address -- lab';
  const texts = [
    `a: 1 # ${waiver}\nb: 10.0.0.2\n`, // end of line
    `a: 1\n  # ${waiver}\nb: 10.0.0.2\n`, // own line, indented
    `a: [1, # ${waiver}\n  2]\nb: 10.0.0.2\n`, // inside a flow sequence
    `a: { x: 1, # ${waiver}\n  y: 2 }\nb: 10.0.0.2\n`, // inside a flow mapping
    `? [k] # ${waiver}\n: 1\nb: 10.0.0.2\n`, // after a complex key
    `--- # ${waiver}\nb: 10.0.0.2\n`, // after ---
    `a: 1\n--- # ${waiver}\nb: 10.0.0.2\n`, // after a later ---
    `a: 1 # ${waiver}\r\nb: 10.0.0.2\r\n`, // CRLF
    `\ufeffa: 1 # ${waiver}\nb: 10.0.0.2\n`, // after a byte-order mark
  ];
  for (const text of texts) assert.deepEqual(ids(text), [], JSON.stringify(text));
  assert.deepEqual(
    ids('a: 10.0.0.1 # internet-first-disable-line private-address -- lab\r\nb: 10.0.0.2 #internet-first-disable-line private-address -- lab\n'),
    [],
  );
});
