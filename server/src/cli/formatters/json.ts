/**
 * The machine format, documented in docs/cli.md. Its shape is a public
 * contract: add fields, never rename or remove them without bumping
 * `version`. Positions are 1-based; `endColumn` is the column just after the
 * last character (as in ESLint and SARIF); columns count UTF-16 code units.
 */
import type { Applicability, Fix } from '../../engine';
import { summarize, type FileReport, type LintReport } from '../run';
import type { FormatContext } from './index';
import { escapeJsonText } from '../../engine';

export const JSON_REPORT_VERSION = 1;

/**
 * The report in pieces, one a file, which joined are exactly
 * `JSON.stringify(document, null, 2)`: the whole text as one string (and the
 * document copied for it) added 8–11 MB to the CLI's peak RSS on the bench's
 * 2,000 files, at the very end of the run (docs/performance.md, "Memory").
 */
export function* formatJson(report: LintReport, _context: FormatContext): Generator<string> {
  // Everything but the files, laid out with an empty list where they go: `"files": []` comes right after the version.
  const outline = JSON.stringify(
    {
      version: JSON_REPORT_VERSION,
      files: [],
      summary: summarize(report),
      // Only when the run used them, so a plain run's shape is unchanged.
      ...(report.fix ? { fix: report.fix } : {}),
      ...(report.baseline ? { baseline: report.baseline } : {}),
    },
    null,
    2,
  );
  if (report.files.length === 0) {
    yield `${escapeJsonText(outline)}\n`;
    return;
  }
  const slot = outline.indexOf(EMPTY_FILES);
  yield `${escapeJsonText(outline.slice(0, slot))}"files": [`;
  for (let index = 0; index < report.files.length; index++) {
    // A file two levels down is its own layout with every line indented four spaces more.
    const file = JSON.stringify(jsonFile(report.files[index]), null, 2).replaceAll('\n', '\n    ');
    yield `${index > 0 ? ',' : ''}\n    ${escapeJsonText(file)}`;
  }
  yield `\n  ]${escapeJsonText(outline.slice(slot + EMPTY_FILES.length))}\n`;
}

const EMPTY_FILES = '"files": []';

function jsonFile(file: FileReport): object {
  return {
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
      // Only for a finding in a local context (a test, an example, a local stack): why its severity is lower.
      ...(finding.context ? { context: finding.context } : {}),
      // The best fix it has (safe, else unsafe, else display-only): what --fix, --unsafe-fixes or only the editor would do.
      ...(finding.fixes?.length ? { fixApplicability: bestApplicability(finding.fixes) } : {}),
    })),
  };
}

const RANKED: readonly Applicability[] = ['safe', 'unsafe', 'display-only'];

function bestApplicability(fixes: readonly Fix[]): Applicability {
  return RANKED.find((applicability) => fixes.some((fix) => fix.applicability === applicability)) ?? 'display-only';
}
