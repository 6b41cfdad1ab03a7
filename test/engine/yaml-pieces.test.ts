/**
 * Differential test of the piecewise parse of huge YAML documents
 * (parse/yaml-pieces.ts, issue 11): with the piece length lowered so that
 * small texts are cut, every parse and every lint equals the whole parse's,
 * for the seeds (real corpora, examples, fixtures), thousands of fuzz cases
 * and hand cases made to tempt a wrong cut. Counts of texts really cut keep
 * the test from passing by always falling back.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { parseText, yamlSegments } from '../../server/src/engine/parse';
import { parseYamlInPieces, setPieceLength } from '../../server/src/engine/parse/yaml-pieces';
import { setMaxEntries } from '../../server/src/engine/parse/entry-limit';
import { loadSeeds, makeCase } from './fuzz-cases';

const FUZZ_CASES = Number(process.env.IFL_PIECES_CASES ?? 2000);
const FUZZ_SEED = Number(process.env.IFL_PIECES_SEED ?? 7);
const TODAY = '2026-01-01';
/** The module's own piece length, put back after each comparison. */
const original = setPieceLength(0);
setPieceLength(original);
after(() => setPieceLength(original));

/** Whether some `---` segment of the text is cut at this piece length; if so, the piecewise parse and lint equal the whole ones. */
function compare(text: string, length: number, name: string): boolean {
  setPieceLength(length);
  const cut = yamlSegments(text).some(({ start, end }) => parseYamlInPieces(text.slice(start, end)) !== undefined);
  setPieceLength(original);
  // A text no segment of which is cut takes the whole-parse path either way: nothing to compare.
  if (!cut) return false;
  setPieceLength(Number.MAX_SAFE_INTEGER);
  const whole = parseText(text, 'yaml');
  const wholeFindings = lint(text, 'yaml', {}, { today: TODAY, fileName: 'values.yaml' });
  setPieceLength(length);
  const pieces = parseText(text, 'yaml');
  const piecesFindings = lint(text, 'yaml', {}, { today: TODAY, fileName: 'values.yaml' });
  setPieceLength(original);
  assert.deepStrictEqual(pieces, whole, `${name} (pieces of ${length}): parse differs`);
  assert.deepStrictEqual(piecesFindings, wholeFindings, `${name} (pieces of ${length}): findings differ`);
  return true;
}

const keys = (count: number, value = (i: number) => `http://10.0.0.${i % 250}/`) => Array.from({ length: count }, (_, i) => `k${i}: ${value(i)}\n`).join('');

/** Texts that are cut (`cut: true`) or must fall back; either way equal to the whole parse. */
const HAND_CASES: Array<{ name: string; text: string; cut: boolean }> = [
  { name: 'k: v lines', text: keys(40), cut: true },
  { name: 'CRLF', text: keys(40).replace(/\n/g, '\r\n'), cut: true },
  { name: 'byte order mark', text: '\uFEFF' + keys(40), cut: true },
  { name: 'comments between keys', text: '# head\n\n' + keys(20) + '# between\nlate: 1 # trailing\n' + keys(20).replace(/k/g, 'j'), cut: true },
  { name: 'leading ---', text: '--- \n' + keys(40), cut: true },
  {
    name: 'nested maps and lists',
    text: Array.from({ length: 20 }, (_, i) => `s${i}:\n  url: http://10.0.0.1/\n  list:\n    - a\n    - {b: 1}\n`).join(''),
    cut: true,
  },
  {
    name: 'block scalars',
    text: Array.from({ length: 20 }, (_, i) => `b${i}: |\n  http://192.168.0.${i}/\n  k: not a key\nf${i}: >-\n  folded\n\n  text\n`).join(''),
    cut: true,
  },
  { name: 'empty values', text: Array.from({ length: 40 }, (_, i) => `e${i}:\n`).join(''), cut: true },
  { name: 'key repeated across pieces', text: keys(30) + 'k3: http://10.9.9.9/\n' + keys(10).replace(/k/g, 'z'), cut: true },
  { name: 'one key on every line', text: 'k: http://10.0.0.1/\n'.repeat(40), cut: true },
  { name: 'duplicates nested and across pieces', text: 's: {a: 1, a: 2}\n'.repeat(20) + keys(20), cut: true },
  { name: 'number keys equal as numbers', text: keys(30) + '1: a\n' + keys(10).replace(/k/g, 'z') + '1.0: b\n', cut: true },
  { name: 'quoted key repeating a plain one', text: keys(30) + '"k3": b\n' + keys(10).replace(/k/g, 'z'), cut: false },
  { name: 'null keys', text: 'null: 1\n' + keys(30) + '~: 2\n', cut: false },
  { name: 'complex key repeating a string key', text: '"[a]": 1\n' + keys(30) + '[a]: 2\n', cut: false },
  { name: 'duplicate after a byte order mark', text: '\uFEFFk0: 1\n' + keys(30), cut: false },
  { name: 'double-quoted value over key-like lines', text: keys(10) + 'q: "one\nk100: two\nk101: three"\n' + keys(30).replace(/k/g, 'z'), cut: false },
  { name: 'single-quoted value over key-like lines', text: keys(10) + "q: 'one\nk100: two'\n" + keys(30).replace(/k/g, 'z'), cut: false },
  { name: 'flow list over key-like lines', text: keys(10) + 'q: [one,\nk100: two]\n' + keys(30).replace(/k/g, 'z'), cut: false },
  { name: 'flow map over key-like lines', text: keys(10) + 'q: {one: 1,\nk100: two}\n' + keys(30).replace(/k/g, 'z'), cut: false },
  { name: 'plain multi-line value', text: keys(10) + 'q: one\n  two\nk100: three\n' + keys(30).replace(/k/g, 'z'), cut: true },
  { name: 'root block scalar', text: '|\n' + keys(40), cut: false },
  { name: 'root list', text: '- a\n' + keys(40), cut: false },
  { name: 'indented first map', text: '  a: 1\n' + keys(40), cut: false },
  { name: 'tagged root', text: '!!map\n' + keys(40), cut: false },
  { name: 'explicit key first', text: '? a\n' + keys(40), cut: true },
  { name: 'anchor and alias', text: 'base: &b http://10.0.0.1/\n' + keys(40) + 'again: *b\n', cut: false },
  { name: 'trailing ...', text: keys(40) + '...\n', cut: false },
  { name: 'trailing ... then comment', text: keys(40) + '...\n# after\n', cut: false },
  { name: 'directive', text: '%YAML 1.2\n---\n' + keys(40), cut: false },
  { name: 'helm template', text: '{{- if .Values.on }}\n' + keys(20) + '{{- end }}\n' + keys(20).replace(/k/g, 'z'), cut: false },
  { name: 'helm template in values', text: keys(40, (i) => `"{{ .Values.host${i} }}"`), cut: true },
  { name: 'syntax error late', text: keys(40) + 'bad: [\n', cut: false },
  { name: 'tab after colon', text: keys(10) + 'tab:\tvalue\n' + keys(30).replace(/k/g, 'z'), cut: true },
  { name: 'deep nesting', text: keys(10) + 'deep: ' + '['.repeat(300) + ']'.repeat(300) + '\n' + keys(30).replace(/k/g, 'z'), cut: false },
  { name: 'two documents', text: keys(30) + '---\n' + keys(30).replace(/k/g, 'z'), cut: true },
  { name: 'key with dots and dashes', text: keys(20).replace(/k/g, 'a.b-c_') + keys(20), cut: true },
];

describe('YAML parsed in pieces equals the whole parse', () => {
  for (const { name, text, cut } of HAND_CASES) {
    test(name, () => {
      for (const length of [20, 64, 200]) {
        const wasCut = compare(text, length, name);
        if (length === 20) assert.equal(wasCut, cut, `${name}: cut at pieces of ${length}`);
      }
    });
  }

  test('the time limit meters every piece and stops a parse in pieces', () => {
    class OutOfTime extends Error {}
    const text = keys(400);
    const count = (length: number) => {
      let steps = 0;
      setPieceLength(length);
      try {
        parseText(text, 'yaml', undefined, { step: () => void steps++ });
      } finally {
        setPieceLength(original);
      }
      return steps;
    };
    const whole = count(Number.MAX_SAFE_INTEGER);
    const inPieces = count(64);
    // Each line is several tokens; each piece only adds its own document's start and end.
    assert.ok(inPieces >= whole && inPieces >= 400 * 4, `${inPieces} steps in pieces, ${whole} whole`);
    setPieceLength(64);
    try {
      let steps = 0;
      const meter = {
        step: () => {
          if (++steps > whole / 2) throw new OutOfTime();
        },
      };
      assert.throws(() => parseText(text, 'yaml', undefined, meter), OutOfTime);
    } finally {
      setPieceLength(original);
    }
  });

  test('every YAML seed, and fuzz cases made from them', () => {
    const { seeds } = loadSeeds();
    const yaml = seeds.filter((seed) => seed.language === 'yaml' && seed.text.length <= 64 * 1024);
    let cut = 0;
    for (const seed of yaml) if (compare(seed.text, 40, seed.name)) cut++;
    let fuzzCut = 0;
    for (let index = 0; index < FUZZ_CASES; index++) {
      const fuzzCase = makeCase(seeds, FUZZ_SEED, index, { maxGrowth: 512 });
      if (fuzzCase.language !== 'yaml') continue;
      if (compare(fuzzCase.text, 40 + (index % 5) * 60, `fuzz case ${index} (${fuzzCase.mutation} of ${fuzzCase.seed.name})`)) fuzzCut++;
    }
    if (process.env.IFL_PIECES_VERBOSE) console.log(`cut: ${cut} of ${yaml.length} seeds, ${fuzzCut} of ${FUZZ_CASES} fuzz cases`);
    // The test proves nothing if every text falls back to the whole parse.
    assert.ok(cut >= 10, `only ${cut} of ${yaml.length} seeds were cut`);
    assert.ok(fuzzCut >= 50, `only ${fuzzCut} fuzz cases were cut`);
  });
});

describe('a document read in pieces stops at the entry limit (memory)', () => {
  const text = keys(400);
  const lintPieces = (length: number, limit: number) => {
    setPieceLength(length);
    const previous = setMaxEntries(limit);
    try {
      return lint(text, 'yaml', {}, { today: TODAY, fileName: 'values.yaml' });
    } finally {
      setMaxEntries(previous);
      setPieceLength(original);
    }
  };

  test('past the limit, entries are not read and a parse-error at the first one not read says so', () => {
    const findings = lintPieces(200, 100);
    const notes = findings.filter((finding) => finding.messageId === 'tooManyEntries');
    assert.equal(notes.length, 1);
    const [note] = notes;
    assert.equal(note.ruleId, 'parse-error');
    assert.equal(note.message, 'Not checked from here: over 100 top-level entries; split the file');
    // Pieces are whole: the limit is passed at the end of a piece, and the note sits at the next piece's first key.
    const firstUnread = text.slice(note.range.start.offset, note.range.end.offset);
    assert.match(firstUnread, /^k\d+$/);
    const unreadIndex = Number(firstUnread.slice(1));
    assert.ok(unreadIndex >= 100 && unreadIndex < 120, `stopped at ${firstUnread}`);
    const addresses = findings.filter((finding) => finding.ruleId === 'private-address');
    assert.equal(addresses.length, unreadIndex, 'every entry before the note is checked, none after it');
    assert.ok(addresses.every((finding) => finding.range.start.offset < note.range.start.offset));
  });

  test('at or under the limit, or parsed whole, nothing is left out', () => {
    for (const findings of [lintPieces(200, 400), lintPieces(Number.MAX_SAFE_INTEGER, 100)]) {
      assert.equal(findings.filter((finding) => finding.messageId === 'tooManyEntries').length, 0);
      assert.equal(findings.filter((finding) => finding.ruleId === 'private-address').length, 400);
    }
  });

  test('the limit reads as a number with thousands separators', () => {
    setPieceLength(200);
    const previous = setMaxEntries(1234);
    try {
      const big = keys(1500);
      const note = lint(big, 'yaml', {}, { today: TODAY, fileName: 'values.yaml' }).find((finding) => finding.messageId === 'tooManyEntries');
      assert.equal(note?.message, 'Not checked from here: over 1,234 top-level entries; split the file');
    } finally {
      setMaxEntries(previous);
      setPieceLength(original);
    }
  });
});
