/**
 * Nothing a linted tree holds reaches a terminal or a CI log raw (issue 11):
 * a file name with a line break would start a line of its own, which the
 * GitHub Actions runner reads as a workflow command (`::error file=…::`), and
 * an escape sequence or a bidirectional override rewrites what a reader sees.
 * Every formatter escapes file names and messages; JSON and SARIF escape by
 * their own rules (JSON strings, percent-encoded URIs).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatReport, FORMAT_NAMES } from '../../server/src/cli/formatters';
import type { LintReport } from '../../server/src/cli/run';
import { printable } from '../../server/src/engine/printable';
import { ConfigError } from '../../server/src/engine/config';

const CLI = path.resolve(__dirname, '../../../dist/cli/cli.js');
const INJECTED_NAME = 'a\n::error file=x.yaml,line=1::injected\r\u001b[2K\u202egnp.yaml';
/** What must never be printed raw: C0 and C1 controls (line breaks included), DEL, bidi overrides, line separators. */
const RAW_CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const context = { color: false, config: {}, tool: { name: 't', version: '1', informationUri: 'https://example.test/' } };

function report(filePath: string, message: string): LintReport {
  const range = { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 1, offset: 1 } };
  return {
    files: [{ path: filePath, findings: [{ ruleId: 'insecure-url', messageId: 'm', message, severity: 'error', range, fingerprint: 'f:1' }] }],
    internalErrors: [],
  };
}

/** The lines of a text, without the one empty string after its final line break. */
function lines(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}

describe('printable', () => {
  test('controls, DEL, C1 and bidi overrides become visible escapes; everything else is unchanged', () => {
    assert.equal(printable('a\nb\rc\td\u0000e\u001bf\u007fg\u0085h\u009bi\u202ej\u2028k'), 'a\\nb\\rc\\td\\x00e\\x1bf\\x7fg\\x85h\\x9bi\\u202ej\\u2028k');
    const ordinary = 'deploy/app 1.yaml: https://api.service.nhs.uk/ café ✔ C:\\path';
    assert.equal(printable(ordinary), ordinary);
  });
});

describe('every formatter escapes file names and messages', () => {
  const hostile = report(INJECTED_NAME, 'value "x\u001b]0;title\u0007\ny" is not allowed');

  test('stylish and github print no raw control character, and one line per row', () => {
    for (const format of ['stylish', 'github'] as const) {
      const text = formatReport(format, hostile, context);
      for (const line of lines(text)) assert.doesNotMatch(line, RAW_CONTROL, `${format}: ${JSON.stringify(line)}`);
    }
    const github = lines(formatReport('github', hostile, context));
    // Exactly one workflow command: the finding's own.
    assert.deepEqual(github.filter((line) => line.startsWith('::')).length, 1);
    // GitHub's own escapes for line breaks, `:` and `,` (the runner decodes them); visible escapes for the rest.
    assert.ok(github[0].startsWith('::error file=a%0A%3A%3Aerror file=x.yaml%2Cline=1%3A%3Ainjected%0D\\x1b[2K\\u202egnp.yaml,line=1,'), github[0]);
    assert.ok(github[0].endsWith('::value "x\\x1b]0;title\\x07%0Ay" is not allowed'), github[0]);
  });

  test('stylish: a file name starting with :: cannot start a line (a workflow command in a GitHub log)', () => {
    const text = formatReport('stylish', report('::stop-commands::token.yaml', 'm'), context);
    assert.ok(
      lines(text).every((line) => !line.startsWith('::')),
      text,
    );
    assert.match(text, /^\.\/::stop-commands::token\.yaml$/m);
  });

  test('json keeps the real name (JSON escapes it); sarif percent-encodes it in the URI', () => {
    const json = JSON.parse(formatReport('json', hostile, context)) as { files: Array<{ path: string }> };
    assert.equal(json.files[0].path, INJECTED_NAME);
    const sarif = formatReport('sarif', hostile, context);
    assert.match(sarif, /"uri": "a%0A%3A%3Aerror%20file%3Dx\.yaml%2Cline%3D1%3A%3Ainjected%0D%1B%5B2K%E2%80%AEgnp\.yaml"/);
    // JSON's own layout has line breaks; inside strings nothing unprintable is left raw (C0 by JSON, the rest as \\uXXXX).
    for (const format of ['json', 'sarif'] as const)
      assert.doesNotMatch(formatReport(format, hostile, context), /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/, format);
    assert.match(formatReport('json', hostile, context), /\\u202egnp\.yaml/);
  });

  test('the list of formats is the one tested here', () => {
    assert.deepEqual([...FORMAT_NAMES].sort(), ['github', 'json', 'sarif', 'stylish']);
  });

  test('a config error quoting a value or naming a file prints one line per problem', () => {
    const error = new ConfigError('odd\ndir/.internet-first.yaml', [{ path: 'allow[0]', pointer: '/allow/0', message: '"a\nb" is not a host name' }]);
    assert.deepEqual(lines(error.message), ['invalid configuration in odd\\ndir/.internet-first.yaml:', '  allow[0]: "a\\nb" is not a host name']);
  });
});

describe(
  'the built CLI on a file whose name holds a line break and an escape sequence',
  { skip: process.platform === 'win32' ? 'Windows file names cannot hold these' : false },
  () => {
    let temp: string;
    before(() => {
      temp = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-escape-'));
      fs.mkdirSync(path.join(temp, '.git'));
      fs.writeFileSync(path.join(temp, INJECTED_NAME), 'url: http://10.0.0.1/api\n');
    });
    after(() => fs.rmSync(temp, { recursive: true, force: true }));

    test('stylish, github and the --fix-dry-run diff print it escaped', () => {
      for (const args of [
        ['-f', 'stylish'],
        ['-f', 'github'],
        ['--fix-dry-run', '--unsafe-fixes'],
      ]) {
        const result = spawnSync(process.execPath, [CLI, ...args, '.'], { cwd: temp, encoding: 'utf8', timeout: 60_000 });
        assert.equal(result.status, 1, result.stderr);
        for (const line of lines(result.stdout)) assert.doesNotMatch(line, RAW_CONTROL, `${args.join(' ')}: ${JSON.stringify(line)}`);
        assert.ok(!lines(result.stdout).some((line) => line.startsWith('::error file=x.yaml')), 'no injected workflow command');
        assert.match(result.stdout, /a(\\n|%0A)(::|%3A%3A)error/);
      }
    });
  },
);
