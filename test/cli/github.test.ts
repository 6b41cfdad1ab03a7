/**
 * The `github` format: workflow commands the Actions runner turns into
 * annotations. Escaping follows @actions/core: a message or path holding
 * `%`, CR, LF (and, in properties, `:` and `,`) must not end the command
 * early or inject another one.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReport } from '../../server/src/cli/formatters';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github';
import type { LintReport, ReportedFinding } from '../../server/src/cli/run';

const finding = (severity: ReportedFinding['severity'], message: string): ReportedFinding => ({
  ruleId: 'insecure-url',
  messageId: 'm',
  message,
  severity,
  range: { start: { line: 2, character: 4, offset: 20 }, end: { line: 3, character: 1, offset: 30 } },
  fingerprint: 'f:1',
});

const context = { color: false, config: {}, tool: { name: 't', version: '1', informationUri: 'https://example.test/' } };

describe('github format', () => {
  test('one command per finding with 1-based positions; error, warning, notice; then the summary', () => {
    const report: LintReport = {
      files: [
        { path: 'a.yaml', findings: [finding('error', 'bad'), finding('warning', 'meh'), finding('info', 'fyi')] },
        { path: 'clean.yaml', findings: [] },
      ],
      internalErrors: [],
    };
    assert.equal(
      formatReport('github', report, context),
      [
        '::error file=a.yaml,line=3,col=5,endLine=4,endColumn=2,title=insecure-url::bad',
        '::warning file=a.yaml,line=3,col=5,endLine=4,endColumn=2,title=insecure-url::meh',
        '::notice file=a.yaml,line=3,col=5,endLine=4,endColumn=2,title=insecure-url::fyi',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });

  test('a hostile message or path cannot start a second command', () => {
    const report: LintReport = {
      files: [{ path: 'x,line=1:y.yaml', findings: [finding('error', '100% bad\n::error file=evil::injected\r')] }],
      internalErrors: [],
    };
    const [first, ...rest] = formatReport('github', report, context).split('\n');
    assert.equal(first, '::error file=x%2Cline=1%3Ay.yaml,line=3,col=5,endLine=4,endColumn=2,title=insecure-url::100%25 bad%0A::error file=evil::injected%0D');
    assert.ok(rest.every((line) => !line.startsWith('::')));
  });

  test('escapeData and escapeProperty, % first so nothing is escaped twice', () => {
    assert.equal(escapeData('50%\r\n:,'), '50%25%0D%0A:,');
    assert.equal(escapeProperty('50%\r\n:,'), '50%25%0D%0A%3A%2C');
    assert.equal(escapeData('%0A'), '%250A');
  });

  test('baseline and fix notes follow the summary as plain lines', () => {
    const report: LintReport = {
      files: [{ path: 'a.yaml', findings: [] }],
      internalErrors: [],
      baseline: { file: 'b.json', suppressed: 2, stale: [{ path: 'a.yaml', ruleId: 'r', fingerprint: 'f:1' }] },
    };
    assert.equal(
      formatReport('github', report, context),
      [
        '✔ no problems (1 file checked)',
        '2 findings recorded in the baseline b.json not reported',
        '1 baseline entry no longer found (fixed or changed): run with --update-baseline to remove them',
        '',
      ].join('\n'),
    );
  });
});
