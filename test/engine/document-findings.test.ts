/**
 * The per-document findings cache (document-findings.ts, issue 12): linting
 * through it, as the language server does on every keystroke, gives exactly
 * a fresh lint's findings, while running the rules only on documents that
 * changed, and on every document when a fact of the whole file changed.
 * The property test in parse-cache.property.test.ts and the fuzz cases
 * (fuzz-check.ts) lint through it too.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentFindings, lint, ParseCache, type LintConfig, type LintOptions } from '../../server/src/engine';
import { parseText, yamlSegments } from '../../server/src/engine/parse';
import { LintFile } from '../../server/src/engine/context';
import { runRule, type RuleRun } from '../../server/src/engine/rule-reports';
import type { AnyRule, Report } from '../../server/src/engine/rule';
import { MAX_FINDINGS_PER_RULE } from '../../server/src/engine/limits';
import { hasDeferredShift } from '../../server/src/engine/parse/deferred-shift';
import { loadSeeds } from './fuzz-cases';

const TODAY = '2026-01-01';

/** One open document: each lint goes through the same caches. */
class OpenDocument {
  readonly cache = new ParseCache();
  readonly findings = new DocumentFindings();
  constructor(private readonly options: LintOptions = {}) {}

  /** Lints through the caches, checks the result against a fresh lint, and returns how many documents the rules ran on. */
  lint(text: string, config: LintConfig = {}, message = ''): number {
    const options = { today: TODAY, ...this.options };
    const cached = lint(text, 'yaml', config, { ...options, cache: this.cache, findingsCache: this.findings });
    assert.deepStrictEqual(cached, lint(text, 'yaml', config, options), `${message}\n${JSON.stringify(text.slice(0, 400))}`);
    return this.findings.checkedDocuments;
  }
}

const service = (i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: s${i}\ndata:\n  API_URL: http://10.0.${i}.1/\n  DB: db.internal\n`;
const FILE = Array.from({ length: 12 }, (_, i) => service(i)).join('---\n');

describe('document findings: only changed documents are checked again', () => {
  test('typing in one document checks that document; the others keep their findings, moved', () => {
    const open = new OpenDocument({ fileName: 'app.yaml' });
    assert.equal(open.lint(FILE), 12);
    assert.equal(open.lint(FILE), 0, 'unchanged: nothing checked');
    const at = FILE.indexOf('name: s5') + 'name: s5'.length;
    assert.equal(open.lint(FILE.slice(0, at) + 'x' + FILE.slice(at)), 1, 'typing in the sixth');
    // The sixth is back to its first text, which the parse cache no longer holds: parsed and checked again.
    assert.equal(open.lint(FILE.slice(0, 10) + 'Map' + FILE.slice(10)), 2, 'typing in the first moves the other ten');
    assert.equal(open.lint(FILE), 1);
    // The second document, first now, lost its `---` line: its text changed. The other ten are only moved.
    assert.equal(open.lint(FILE.slice(FILE.indexOf('---\n') + 4)), 1, 'the first document removed');
  });

  test('a change to a fact of the whole file checks every document again', () => {
    const facts: Array<[string, string]> = [
      ['an NHS host', 'upstream: https://api.service.nhs.uk/\n'],
      ["the stack's own network", 'networks:\n  back:\n    ipam:\n      config:\n        - subnet: 10.0.0.0/16\n'],
      ['a manifest modeline in the first document', '# yaml-language-server: $schema=./service-manifest.schema.json\n'],
    ];
    for (const [name, head] of facts) {
      const open = new OpenDocument();
      open.lint(FILE);
      assert.equal(open.lint(head + FILE), 12, name);
    }
    const open = new OpenDocument();
    open.lint(FILE);
    assert.equal(open.lint(FILE.replace('\n', '\r\n')), 12, 'a CRLF line ending (fixes write it)');
    assert.equal(open.lint(FILE, { rules: { 'insecure-url': 'off' } }), 12, 'another configuration');
    assert.equal(open.lint(FILE, { rules: { 'insecure-url': 'off' } }), 0, 'an equal configuration in a new object');
  });

  test('a document starting mid-line keeps its findings only while the text before it on that line is unchanged', () => {
    // `---` after U+2028 starts a document (JavaScript's multi-line ^) on a line that does not start there.
    const open = new OpenDocument();
    open.lint('a\nb xx\u2028--- {url: http://10.0.0.1/}\n');
    // Same offset and line for the second document; its findings' columns moved by two.
    assert.equal(open.lint('a b\nxx\u2028--- {url: http://10.0.0.1/}\n'), 1);
  });

  test('typing above documents moves their trees only when they are read, by every move since', () => {
    const cache = new ParseCache();
    const edits = [FILE, 'x' + FILE, 'xy\n' + FILE, 'z' + FILE];
    let parsed = parseText(edits[0], 'yaml', cache);
    for (const text of edits.slice(1)) {
      cache.release(parsed.documents);
      parsed = parseText(text, 'yaml', cache);
    }
    const later = parsed.documents.slice(1);
    assert.equal(cache.parsedSegments, 1, 'only the first document parsed again');
    assert.ok(
      later.every((document) => hasDeferredShift(document)),
      'the later trees are not walked yet',
    );
    // Read now: each tree moved by the sum of the three moves, exactly as a fresh parse places it.
    assert.deepStrictEqual(parsed, parseText(edits.at(-1)!, 'yaml'));
    assert.ok(later.every((document) => !hasDeferredShift(document)));
  });

  test('a document whose rules the time limit stopped is not kept', () => {
    const open = new OpenDocument();
    let reads = 0;
    // The clock stands still for 50 reads, then jumps an hour: the parse finishes and the rules stop part way.
    const clock = () => (reads++ < 50 ? 0 : 3_600_000);
    const stopped = lint(FILE, 'yaml', {}, { today: TODAY, cache: open.cache, findingsCache: open.findings, budgetMs: 100, clock });
    const note = stopped.find((finding) => finding.messageId === 'stopped');
    // Rule by rule over the changed documents, as a whole-file lint: the first rules finished everywhere.
    assert.ok(note && !String(note.data?.unchecked).includes('documentation-address'), JSON.stringify(note?.data));
    assert.equal(open.lint(FILE), 12, 'every document checked again, none kept from the stopped lint');
  });
});

describe('document findings: real configurations', () => {
  test('every multi-document YAML seed, edited in its documents, gives a fresh lint`s findings', () => {
    const { seeds } = loadSeeds();
    const files = seeds.filter((seed) => seed.language === 'yaml' && seed.text.length <= 64 * 1024 && yamlSegments(seed.text).length > 1);
    assert.ok(files.length >= 10, `only ${files.length} multi-document seeds`);
    let reused = 0;
    for (const seed of files) {
      const open = new OpenDocument({ fileName: seed.name.slice(seed.name.lastIndexOf('/') + 1), relativePath: seed.name });
      const text = seed.text;
      const segments = yamlSegments(text);
      const last = segments[segments.length - 1];
      const middle = Math.floor((last.start + last.end) / 2);
      const edits = [
        text,
        text.slice(0, middle) + 'x' + text.slice(middle),
        text,
        'a: 1\n---\n' + text,
        text.slice(segments[1].start),
        text.replace(/\n/g, '\r\n'),
        text,
      ];
      for (const [index, edit] of edits.entries()) {
        const checked = open.lint(edit, {}, `${seed.name}, edit ${index}`);
        if (index === 2 && checked < segments.length) reused++;
      }
    }
    assert.ok(reused >= files.length / 2, `findings kept in only ${reused} of ${files.length} files`);
  });
});

/** A rule reporting what `reports` gives for each document it sees: made to reach the merge's corner cases. */
function probe(id: string, reports: (file: LintFile) => Array<Report<string>>): AnyRule {
  return {
    meta: { id, defaultSeverity: 'warning', description: 'probe', rationale: 'probe', fixable: false, messages: { at: 'At {n}' } },
    check: (context) => reports(context.file).forEach((report) => context.report(report)),
  };
}

const PROBES: AnyRule[] = [
  // The same finding from every document, outside each: a whole-file lint makes it one.
  probe('top-of-file', () => [{ messageId: 'at', data: { n: 'top' }, offset: 0, length: 0 }]),
  // An empty range at each document's very end: the next document's start.
  probe('document-end', (file) => file.documents.map((d) => ({ messageId: 'at', data: { n: 'end' }, offset: d.offset + d.length, length: 0 }))),
  // More than the per-rule cap over the file, a few hundred in each document.
  probe('many', (file) =>
    file.documents.flatMap((d) => Array.from({ length: 300 }, (_, i) => ({ messageId: 'at', data: { n: i }, offset: d.offset + (i % d.length), length: 1 }))),
  ),
];

describe('document findings: merged as a whole-file lint merges them', () => {
  test('reports outside their document, at its end, and past the cap give the whole-file findings', () => {
    const cache = new ParseCache();
    const findings = new DocumentFindings();
    const texts = [FILE, FILE.replace('name: s3', 'name: s3\n  extra: 1'), 'a: 1\n---\n' + FILE, FILE];
    for (const text of texts) {
      const file = new LintFile(text, 'yaml', parseText(text, 'yaml', cache), 'app.yaml');
      const run: RuleRun = { file, config: {}, today: TODAY, budget: undefined, unchecked: [] };
      const whole = PROBES.flatMap((rule) => runRule(run, rule).findings({}));
      assert.deepStrictEqual(findings.check(run, PROBES), whole);
      assert.equal(whole.filter((finding) => finding.ruleId === 'top-of-file').length, 1);
      assert.equal(whole.filter((finding) => finding.ruleId === 'many').length, MAX_FINDINGS_PER_RULE);
      cache.release(file.documents);
    }
  });
});
