/**
 * The report pipeline with a stand-in `lint`, for the cases the real engine
 * cannot be made to produce on demand: an engine crash (internal error),
 * and exact control over findings for the formatters.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Finding, LintConfig } from '../../server/src/engine';
import type { FileEntry } from '../../server/src/cli/discover';
import { formatReport, type FormatContext } from '../../server/src/cli/formatters';
import { errorsOnly, exitCodeFor, lintFiles, summarize, type LintFunction } from '../../server/src/cli/run';
import { assertGlanceable } from '../rules/rule-tester';

let root: string;
const entry = (name: string, explicit = true): FileEntry => ({ absolutePath: path.join(root, name), displayPath: name, explicit });
const context = (config: LintConfig = {}, color = false): FormatContext => ({
  color,
  config,
  tool: { name: 'internet-first-lint', version: '9.9.9', informationUri: 'https://example.test/' },
});

/** A finding on `line` (0-based) covering `length` characters from `character`. */
function finding(ruleId: string, severity: Finding['severity'], line: number, character: number, length: number, offset: number): Finding {
  return {
    ruleId,
    messageId: 'm',
    message: `${ruleId} message`,
    severity,
    range: { start: { line, character, offset }, end: { line, character: character + length, offset: offset + length } },
  };
}

before(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-run-'));
  fs.writeFileSync(path.join(root, 'a.yaml'), 'url: http://x\nhost: 10.0.0.1\n');
  fs.writeFileSync(path.join(root, 'b.yaml'), 'ok: true\n');
  fs.writeFileSync(path.join(root, 'nginx.conf'), 'server { listen 80; }\n');
});
after(() => fs.rmSync(root, { recursive: true, force: true }));

describe('lintFiles', () => {
  test('an engine crash on one file is an internal error (exit 2); the other files are still linted', () => {
    const lint: LintFunction = (text) => {
      if (text.startsWith('url')) throw new Error('boom');
      return [];
    };
    const report = lintFiles([entry('a.yaml'), entry('b.yaml')], { config: {}, maxFileBytes: 1e6, lint });
    assert.deepEqual(
      report.files.map((file) => file.path),
      ['b.yaml'],
    );
    assert.equal(report.internalErrors.length, 1);
    assert.match(report.internalErrors[0].message, /^Error: boom/);
    assert.equal(exitCodeFor(report), 2);

    const sarif = JSON.parse(formatReport('sarif', report, context())) as {
      runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[];
    };
    const invocation = sarif.runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.toolExecutionNotifications[0].level, 'error');
    assert.equal(invocation.toolExecutionNotifications[0].message.text, 'Internal error while linting a.yaml: Error: boom');
  });

  test('findings are sorted by position and carry fingerprints; the exit code follows the worst severity', () => {
    const lint: LintFunction = () => [finding('b-rule', 'warning', 1, 6, 8, 20), finding('a-rule', 'info', 0, 5, 8, 5)];
    const report = lintFiles([entry('a.yaml')], { config: {}, maxFileBytes: 1e6, lint });
    assert.deepEqual(
      report.files[0].findings.map((f) => f.ruleId),
      ['a-rule', 'b-rule'],
    );
    assert.ok(report.files[0].findings.every((f) => /^[0-9a-f]{32}:1$/.test(f.fingerprint)));
    assert.deepEqual(summarize(report), { errors: 0, warnings: 1, infos: 1, files: 1 });
    assert.equal(exitCodeFor(report), 0);
  });

  test('a named file of unknown type is read as YAML; when that fails, one finding says why', () => {
    const seen: string[] = [];
    const lint: LintFunction = (_text, languageId) => {
      seen.push(languageId);
      return [finding('parse-error', 'error', 0, 7, 1, 7), finding('parse-error', 'error', 0, 19, 1, 19)];
    };
    const report = lintFiles([entry('nginx.conf')], { config: {}, maxFileBytes: 1e6, lint });
    assert.deepEqual(seen, ['yaml']);
    const [only, ...rest] = report.files[0].findings;
    assert.deepEqual(rest, []);
    assert.equal(only.messageId, 'unknownFileType');
    assert.equal(only.range.start.character, 7);
    assert.equal(only.message, 'Not a YAML, JSON or JSONC file (extension ".conf") and not valid YAML: exclude it');
    assertGlanceable(only.message, 'unknownFileType (a CLI-only message id)');
  });

  test('files the CLI cannot read get a parse-error at 1:1 that --rule parse-error=... also governs', () => {
    const lint: LintFunction = () => assert.fail('a missing file must not reach the engine');
    const missing = entry('gone.yaml');
    const asError = lintFiles([missing], { config: {}, maxFileBytes: 1e6, lint }).files[0].findings;
    assert.deepEqual(
      asError.map((f) => [f.ruleId, f.messageId, f.severity, f.range.start.line, f.range.start.character]),
      [['parse-error', 'unreadable', 'error', 0, 0]],
    );
    assertGlanceable(asError[0].message, 'unreadable (a CLI-only message id)');
    const asWarning = lintFiles([missing], { config: { rules: { 'parse-error': 'warning' } }, maxFileBytes: 1e6, lint }).files[0].findings;
    assert.equal(asWarning[0].severity, 'warning');
    const off = lintFiles([missing], { config: { rules: { 'parse-error': { severity: 'off' } } }, maxFileBytes: 1e6, lint });
    assert.deepEqual(off.files[0].findings, []);
  });
});

describe('exit codes and --quiet', () => {
  const lint =
    (severities: Finding['severity'][]): LintFunction =>
    () =>
      severities.map((severity, i) => finding(`r${i}`, severity, 0, i, 1, i));

  test('warnings fail only beyond --max-warnings; infos never count', () => {
    const report = lintFiles([entry('b.yaml')], { config: {}, maxFileBytes: 1e6, lint: lint(['warning', 'warning', 'info']) });
    assert.equal(exitCodeFor(report), 0);
    assert.equal(exitCodeFor(report, 2), 0);
    assert.equal(exitCodeFor(report, 1), 1);
    assert.equal(exitCodeFor(report, 0), 1);
  });

  test('errors fail whatever --max-warnings; internal errors are 2', () => {
    const report = lintFiles([entry('b.yaml')], { config: {}, maxFileBytes: 1e6, lint: lint(['error']) });
    assert.equal(exitCodeFor(report, 100), 1);
    assert.equal(exitCodeFor({ ...report, internalErrors: [{ path: 'x', message: 'boom' }] }), 2);
  });

  test('errorsOnly keeps every file and only its error-level findings', () => {
    const report = lintFiles([entry('a.yaml'), entry('b.yaml')], { config: {}, maxFileBytes: 1e6, lint: lint(['error', 'warning', 'info']) });
    const quiet = errorsOnly(report);
    assert.deepEqual(summarize(quiet), { errors: 2, warnings: 0, infos: 0, files: 2 });
    assert.equal(summarize(report).warnings, 2, 'the original report is untouched');
  });
});

describe('formatters on a controlled report', () => {
  const lint: LintFunction = () => [finding('insecure-url', 'error', 0, 5, 8, 5), finding('private-address', 'warning', 1, 6, 8, 20)];

  test('stylish colours only when asked, with the same layout either way', () => {
    const report = lintFiles([entry('a.yaml')], { config: {}, maxFileBytes: 1e6, lint });
    const plain = formatReport('stylish', report, context());
    const coloured = formatReport('stylish', report, context({}, true));
    assert.doesNotMatch(plain, /\x1b\[/);
    assert.match(coloured, /\x1b\[31merror\x1b\[0m/);
    assert.equal(coloured.replace(/\x1b\[[0-9;]*m/g, ''), plain);
    assert.equal(
      plain,
      [
        'a.yaml',
        '  1:6  error    insecure-url message     insecure-url',
        '  2:7  warning  private-address message  private-address',
        '',
        '✖ 2 problems (1 error, 1 warning, 0 infos)',
        '',
      ].join('\n'),
    );
  });

  test('json gives 1-based positions with an exclusive end column', () => {
    const report = lintFiles([entry('a.yaml')], { config: {}, maxFileBytes: 1e6, lint });
    const json = JSON.parse(formatReport('json', report, context())) as { files: { findings: object[] }[] };
    assert.deepEqual(json.files[0].findings[0], {
      ruleId: 'insecure-url',
      messageId: 'm',
      severity: 'error',
      message: 'insecure-url message',
      line: 1,
      column: 6,
      endLine: 1,
      endColumn: 14,
      fixable: false,
    });
  });

  test('sarif records --rule overrides on the invocation', () => {
    const report = lintFiles([entry('b.yaml')], { config: {}, maxFileBytes: 1e6, lint: () => [] });
    const sarif = JSON.parse(formatReport('sarif', report, context({ rules: { 'insecure-url': 'off', 'private-address': 'info' } }))) as {
      runs: { invocations: { ruleConfigurationOverrides: { descriptor: { id: string }; configuration: object }[] }[] }[];
    };
    assert.deepEqual(
      sarif.runs[0].invocations[0].ruleConfigurationOverrides.map((o) => [o.descriptor.id, o.configuration]),
      [
        ['insecure-url', { enabled: false }],
        ['private-address', { level: 'note' }],
      ],
    );
  });
});
