/**
 * A JSON document over 1 MB is read only to its first `entryLimit()` top-level
 * entries (parse/entry-limit.ts, parse/json-fast.ts): memory, which the time
 * limit does not bound. YAML's side is in yaml-pieces.test.ts.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, type Finding } from '../../server/src/engine';
import { LARGE_DOCUMENT, setMaxEntries } from '../../server/src/engine/parse/entry-limit';

const original = setMaxEntries(0);
setMaxEntries(original);
after(() => setMaxEntries(original));

/** A text of `count` entries, each padded so that the whole passes LARGE_DOCUMENT when there are enough. */
const PADDING = 'x'.repeat(200);
const list = (count: number) => `[\n${Array.from({ length: count }, (_, i) => `  "http://10.0.0.${i % 250}/${PADDING}"`).join(',\n')}\n]\n`;
const map = (count: number) => `{\n${Array.from({ length: count }, (_, i) => `  "k${i}": "http://10.0.0.${i % 250}/${PADDING}"`).join(',\n')}\n}\n`;

function lintWithLimit(text: string, limit: number): Finding[] {
  setMaxEntries(limit);
  try {
    return lint(text, 'json', {}, { fileName: 'big.json', today: '2026-01-01' });
  } finally {
    setMaxEntries(original);
  }
}

for (const [shape, make] of [
  ['list', list],
  ['map', map],
] as const) {
  test(`a JSON ${shape} over 1 MB stops at the entry limit, with a parse-error at the first entry not read`, () => {
    const text = make(6000);
    assert.ok(text.length > LARGE_DOCUMENT);
    const findings = lintWithLimit(text, 100);
    const notes = findings.filter((finding) => finding.messageId === 'tooManyEntries');
    assert.equal(notes.length, 1);
    const [note] = notes;
    assert.equal(note.message, 'Not checked from here: over 100 top-level entries; split the file');
    // The 101st entry: line 1 is the bracket.
    assert.equal(note.range.start.line, 101);
    assert.equal(note.range.start.character, 2);
    const addresses = findings.filter((finding) => finding.ruleId === 'private-address');
    assert.equal(addresses.length, 100, 'every entry before the note is checked, none after it');
    assert.ok(addresses.every((finding) => finding.range.start.offset < note.range.start.offset));
  });
}

test('a JSON document of 1 MB or less, or within the limit, is read whole', () => {
  const small = list(3000);
  assert.ok(small.length <= LARGE_DOCUMENT);
  for (const findings of [lintWithLimit(small, 100), lintWithLimit(list(6000), 6000)]) {
    assert.equal(findings.filter((finding) => finding.messageId === 'tooManyEntries').length, 0);
  }
  assert.equal(lintWithLimit(small, 100).filter((finding) => finding.ruleId === 'private-address').length, 1000);
});

test('only top-level entries count: one entry holding many values is read whole', () => {
  const nested = `{"all": ${list(6000)}}`;
  const findings = lintWithLimit(nested, 100);
  assert.equal(findings.filter((finding) => finding.messageId === 'tooManyEntries').length, 0);
});
