/**
 * Differential property of the parse cache (issue 11): for any multi-document
 * YAML text and any sequence of edits, linting through one ParseCache (as the
 * language server does on every keystroke) gives exactly the findings of a
 * fresh lint of the same text (as the CLI does). The generators favour what
 * the cache must get right: equal documents repeated, documents moving as
 * earlier ones grow or shrink, syntax errors, comment-only heads glued to the
 * next segment, suppressions that span documents, and raw character edits
 * that make or break `---` lines.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentFindings, lint, ParseCache, type LintOptions } from '../../server/src/engine';
import { parseText, yamlSegments } from '../../server/src/engine/parse';
import type { ParsedFile } from '../../server/src/engine/parse/tree';

const RUNS = Number(process.env.PARSE_CACHE_PROPERTY_RUNS ?? 300);

/** Documents that give findings, none, or syntax errors; several are identical on purpose. */
const FRAGMENTS = [
  'url: http://10.0.0.1\n',
  'url: http://10.0.0.1\n',
  'name: svc\nendpoint: https://api.service.nhs.uk/v1\n',
  'apiVersion: v1\nkind: ConfigMap\ndata:\n  DB_URL: postgres://db.internal:5432/app\n  API: http://192.168.1.4:8080/\n',
  'services:\n  web:\n    environment:\n      - API_URL=http://172.16.0.9/\n',
  '# only a comment\n',
  'a: [1\n',
  'key: "unterminated\n',
  'text: |\n  http://10.1.1.1/ in a block\n  second line\n',
  '# internet-first-disable-next-line private-address -- lab network\nlab: http://10.9.9.9/\n',
  '# internet-first-disable-file insecure-url -- legacy feed\n',
  'hosts: [10.0.0.2, example.nhs.uk]\n',
  'tls:\n  verify: false\n  url: https://10.2.2.2/\n',
  '',
  'empty:\n',
  // Facts one document gives the others: the stack's own network, an NHS host, a manifest modeline.
  'networks:\n  back:\n    ipam:\n      config:\n        - subnet: 10.5.0.0/16\n',
  'services:\n  db:\n    environment:\n      - DB_URL=postgres://10.5.0.7/app\n',
  'upstream: https://spine.nhs.uk/\n',
  '# yaml-language-server: $schema=https://example.org/service-manifest.schema.json\nname: svc\nendpoints:\n  - url: http://10.0.0.8/\n',
];

const SEPARATORS = ['---\n', '--- \n', '---\r\n', '--- # next\n'];

const fragment = fc.constantFrom(...FRAGMENTS);
const separator = fc.constantFrom(...SEPARATORS);
const documents = fc.array(fc.tuple(separator, fragment), { minLength: 1, maxLength: 8 });

function render(parts: ReadonlyArray<readonly [string, string]>, leading: boolean): string {
  return parts.map(([sep, body], index) => (index === 0 && !leading ? body : sep + body)).join('');
}

/** Whole-document edits (replace, insert, remove, duplicate) and raw character edits anywhere in the text. */
type Edit =
  | { kind: 'replace' | 'insert'; at: number; part: readonly [string, string] }
  | { kind: 'remove' | 'duplicate'; at: number }
  | { kind: 'type'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'overwrite'; at: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('replace' as const, 'insert' as const), at: fc.nat(), part: fc.tuple(separator, fragment) }),
  fc.record({ kind: fc.constantFrom('remove' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('type' as const),
    at: fc.nat(),
    text: fc.constantFrom('x', ' ', '\n', '-', '---\n', '#', ':', '10.0.0.3', 'http://10.4.4.4/'),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }),
  // One character for another: the text keeps its length, so only its content tells the cache what changed.
  fc.record({ kind: fc.constant('overwrite' as const), at: fc.nat(), text: fc.constantFrom('x', '1', ' ', '\n', '-', '#', ':') }),
);

interface State {
  parts: Array<readonly [string, string]>;
  /** Set once a raw character edit has been made: from then on the text is edited as text. */
  raw: string | undefined;
  leading: boolean;
}

function apply(state: State, change: Edit): State {
  const text = state.raw ?? render(state.parts, state.leading);
  if (change.kind === 'type') {
    const at = change.at % (text.length + 1);
    return { ...state, raw: text.slice(0, at) + change.text + text.slice(at) };
  }
  if (change.kind === 'delete') {
    const at = change.at % (text.length + 1);
    return { ...state, raw: text.slice(0, at) + text.slice(at + change.length) };
  }
  if (change.kind === 'overwrite') {
    const at = change.at % (text.length + 1);
    return { ...state, raw: text.slice(0, at) + change.text + text.slice(at + 1) };
  }
  if (state.raw !== undefined) return state;
  const parts = [...state.parts];
  const at = change.at % (parts.length + (change.kind === 'insert' ? 1 : 0));
  if (change.kind === 'replace') parts[at] = change.part;
  else if (change.kind === 'insert') parts.splice(at, 0, change.part);
  else if (change.kind === 'duplicate') parts.splice(at, 0, parts[at]);
  else if (parts.length > 1) parts.splice(at, 1);
  return { ...state, parts };
}

const OPTIONS: LintOptions[] = [
  { today: '2026-01-01' },
  { today: '2026-01-01', fileName: 'docker-compose.yml' },
  { today: '2026-01-01', fileName: 'k8s/prod/app.yaml', relativePath: 'k8s/prod/app.yaml' },
];

describe('parse cache: cached lint equals fresh lint', () => {
  // With the findings cache too, as the language server lints (document-findings.ts): rules run only on changed documents.
  for (const findings of [false, true]) {
    test(`for any multi-document text and any sequence of edits${findings ? ', findings kept per document' : ''}`, () => {
      fc.assert(
        fc.property(documents, fc.boolean(), fc.array(edit, { maxLength: 12 }), fc.constantFrom(...OPTIONS), (initial, leading, edits, options) => {
          const cache = new ParseCache();
          const findingsCache = findings ? new DocumentFindings() : undefined;
          for (const text of texts(initial, leading, edits)) {
            const cached = lint(text, 'yaml', {}, { ...options, cache, findingsCache });
            assert.deepEqual(cached, lint(text, 'yaml', {}, options), `after the edits, for:\n${JSON.stringify(text)}`);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }

  test('a text linted twice in a row reuses every segment and agrees with itself', () => {
    fc.assert(
      fc.property(documents, (initial) => {
        const text = render(initial, true);
        const cache = new ParseCache();
        const first = lint(text, 'yaml', {}, { cache });
        const second = lint(text, 'yaml', {}, { cache });
        assert.equal(cache.parsedSegments, 0, 'nothing re-parsed');
        assert.deepEqual(second, first);
        assert.deepEqual(first, lint(text, 'yaml'));
      }),
      { numRuns: RUNS / 3 },
    );
  });
});

/** Freezes every object and array reachable from `value` (a Map's entries too), so that writing to one throws in strict code. */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  const children = value instanceof Map ? [...value.values()] : Object.values(value);
  for (const child of children) deepFreeze(child);
}

function texts(initial: Array<readonly [string, string]>, leading: boolean, edits: Edit[]): string[] {
  let state: State = { parts: initial, raw: undefined, leading };
  const result = [render(state.parts, leading)];
  for (const change of edits) result.push(((state = apply(state, change)), state.raw ?? render(state.parts, state.leading)));
  return result;
}

describe('parse cache: nothing it hands out changes afterwards', () => {
  test('each parse, frozen once handed out, is unchanged by every later parse and lint through the cache', () => {
    fc.assert(
      fc.property(documents, fc.boolean(), fc.array(edit, { minLength: 1, maxLength: 8 }), (initial, leading, edits) => {
        const cache = new ParseCache();
        const held: Array<{ parsed: ParsedFile; snapshot: ParsedFile }> = [];
        for (const text of texts(initial, leading, edits)) {
          const parsed = parseText(text, 'yaml', cache);
          // Moved segments are copies: they must be what a fresh parse gives, offsets and all.
          assert.deepStrictEqual(parsed, parseText(text, 'yaml'), JSON.stringify(text));
          // Rules read the documents the cache hands out, frozen ones among them: a write throws.
          lint(text, 'yaml', {}, { cache });
          held.push({ parsed, snapshot: structuredClone(parsed) });
          deepFreeze(parsed);
        }
        for (const { parsed, snapshot } of held) assert.deepStrictEqual(parsed, snapshot);
      }),
      { numRuns: RUNS / 3 },
    );
  });

  test('lint gives its parse back: typing through lint alone copies nothing, and the findings it returned never change', () => {
    fc.assert(
      fc.property(documents, fc.boolean(), fc.array(edit, { minLength: 1, maxLength: 8 }), (initial, leading, edits) => {
        const cache = new ParseCache();
        const held: Array<{ findings: unknown; snapshot: unknown }> = [];
        for (const text of texts(initial, leading, edits)) {
          const findings = lint(text, 'yaml', {}, { cache });
          assert.equal(cache.copiedSegments, 0, 'moved in place');
          held.push({ findings, snapshot: structuredClone(findings) });
        }
        for (const { findings, snapshot } of held) assert.deepStrictEqual(findings, snapshot);
      }),
      { numRuns: RUNS / 3 },
    );
  });

  test('typing in the first document moves the second by a copy, reusing its parse', () => {
    const cache = new ParseCache();
    const before = parseText('a: 1\n---\nurl: http://10.0.0.1\n', 'yaml', cache);
    const second = before.documents[1];
    deepFreeze(before);
    const after = parseText('ab: 1\n---\nurl: http://10.0.0.1\n', 'yaml', cache);
    assert.equal(cache.parsedSegments, 1, 'only the first document parsed again');
    assert.equal(cache.copiedSegments, 1, 'the second is still held: copied, not moved');
    assert.equal(second.offset, 5);
    assert.equal(after.documents[1].offset, 6);
    assert.notEqual(after.documents[1].root, second.root);
    assert.deepStrictEqual(after, parseText('ab: 1\n---\nurl: http://10.0.0.1\n', 'yaml'));
  });
});

/** The segment split as first written (a slice and a split per segment): the in-place scan must agree with it on any text. */
function referenceSegments(text: string): Array<{ start: number; end: number }> {
  if (/^%/m.test(text)) return [{ start: 0, end: text.length }];
  const starts = [0];
  for (const match of text.matchAll(/^---(?=[ \t\r\n]|$)/gm)) if (match.index! > 0) starts.push(match.index!);
  const hasContent = (start: number, end: number) =>
    text
      .slice(start, end)
      .split(/\r?\n|\r/)
      .some((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  const segments: Array<{ start: number; end: number }> = [];
  let segmentStart = 0;
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    if (end < text.length && !hasContent(segmentStart, end)) continue;
    segments.push({ start: segmentStart, end });
    segmentStart = end;
  }
  return segments;
}

describe('yamlSegments', () => {
  test('splits any text exactly as the reference does', () => {
    const piece = fc.constantFrom('---', '--- ', '---\t', '#', ' ', '\t', '\u00a0', '\u2028', '\ufeff', '\n', '\r\n', '\r', 'a: 1', 'x', '%YAML 1.2');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(yamlSegments(text), referenceSegments(text), JSON.stringify(text));
      }),
      { numRuns: RUNS * 3 },
    );
  });
});
