/**
 * The JSON report is written in pieces, one a file (formatters/json.ts), so a
 * long report is never one string in memory. Joined, the pieces must be
 * exactly the text the whole document gave as one JSON.stringify: checked
 * here against that reference on reports with no file, files without
 * findings, every optional field and characters the report escapes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReport, formatReportPieces } from '../../server/src/cli/formatters';
import { JSON_REPORT_VERSION } from '../../server/src/cli/formatters/json';
import { summarize, type FileReport, type LintReport, type ReportedFinding } from '../../server/src/cli/run';
import { escapeJsonText } from '../../server/src/engine/printable';

const context = { color: false, config: {}, tool: { name: 't', version: '1', informationUri: 'https://example.test/' } };

/** The format as it was written before the pieces: the whole document, one JSON.stringify. */
function reference(report: LintReport): string {
  const document = {
    version: JSON_REPORT_VERSION,
    files: report.files.map((file) => ({
      path: file.path,
      findings: file.findings.map((finding) => ({
        ruleId: finding.ruleId,
        messageId: finding.messageId,
        severity: finding.severity,
        message: finding.message,
        line: finding.range.start.line + 1,
        column: finding.range.start.character + 1,
        endLine: finding.range.end.line + 1,
        endColumn: finding.range.end.character + 1,
        fixable: (finding.fixes?.length ?? 0) > 0,
        ...(finding.context ? { context: finding.context } : {}),
        ...(finding.fixes?.length ? { fixApplicability: finding.fixes[0].applicability } : {}),
      })),
    })),
    summary: summarize(report),
    ...(report.fix ? { fix: report.fix } : {}),
    ...(report.baseline ? { baseline: report.baseline } : {}),
  };
  return `${escapeJsonText(JSON.stringify(document, null, 2))}\n`;
}

function finding(line: number, message: string, extra: Partial<ReportedFinding> = {}): ReportedFinding {
  const range = { start: { line, character: 2, offset: 10 * line + 2 }, end: { line, character: 9, offset: 10 * line + 9 } };
  return { ruleId: 'insecure-url', messageId: 'insecureScheme', message, severity: 'error', range, fingerprint: `f:${line}`, ...extra };
}

const files: FileReport[] = [
  {
    path: 'deploy/app.yaml',
    findings: [finding(0, 'Unencrypted http:// to api'), finding(4, 'second', { severity: 'warning', context: { kind: 'local', reason: 'a test folder' } })],
  },
  { path: 'clean.json', findings: [] },
  {
    path: 'odd\u2028name\u202e.yaml',
    findings: [
      finding(1, 'quoted "x" and \u0085 and \u2029', {
        fixes: [{ title: 'Use https://', edits: [], kind: 'useTlsScheme', applicability: 'safe' }],
      } as Partial<ReportedFinding>),
    ],
  },
];

const reports: Array<[string, LintReport]> = [
  ['no file', { files: [], internalErrors: [] }],
  ['one file without findings', { files: [files[1]], internalErrors: [] }],
  ['files with and without findings, escaped characters', { files, internalErrors: [] }],
  [
    'a run with fixes and a baseline',
    {
      files,
      internalErrors: [],
      fix: { mode: 'dry-run', unsafe: false, files: 1, fixes: 2 },
      baseline: { file: 'baseline.json', suppressed: 3, stale: [{ path: 'a.yaml', ruleId: 'insecure-url', fingerprint: 'f:9' }] },
    },
  ],
  ['no file, with a baseline', { files: [], internalErrors: [], baseline: { file: 'b.json', suppressed: 0, stale: [] } }],
];

for (const [name, report] of reports) {
  test(`the JSON report's pieces join into the one-string layout: ${name}`, () => {
    assert.equal(formatReport('json', report, context), reference(report));
  });
}

test('the JSON report comes in a piece a file, plus its start and end', () => {
  const pieces = [...formatReportPieces('json', { files, internalErrors: [] }, context)];
  assert.equal(pieces.length, files.length + 2);
});
