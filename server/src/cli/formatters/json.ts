/**
 * The machine format, documented in docs/cli.md. Its shape is a public
 * contract: add fields, never rename or remove them without bumping
 * `version`. Positions are 1-based; `endColumn` is the column just after the
 * last character (as in ESLint and SARIF); columns count UTF-16 code units.
 */
import type { Applicability, Fix } from '../../engine';
import { summarize, type LintReport } from '../run';
import type { FormatContext } from './index';
import { escapeJsonText } from '../../engine';

export const JSON_REPORT_VERSION = 1;

export function formatJson(report: LintReport, _context: FormatContext): string {
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
        // Only for a finding in a local context (a test, an example, a local stack): why its severity is lower.
        ...(finding.context ? { context: finding.context } : {}),
        // The best fix it has (safe, else unsafe, else display-only): what --fix, --unsafe-fixes or only the editor would do.
        ...(finding.fixes?.length ? { fixApplicability: bestApplicability(finding.fixes) } : {}),
      })),
    })),
    summary: summarize(report),
    // Only when the run used them, so a plain run's shape is unchanged.
    ...(report.fix ? { fix: report.fix } : {}),
    ...(report.baseline ? { baseline: report.baseline } : {}),
  };
  return `${escapeJsonText(JSON.stringify(document, null, 2))}\n`;
}

const RANKED: readonly Applicability[] = ['safe', 'unsafe', 'display-only'];

function bestApplicability(fixes: readonly Fix[]): Applicability {
  return RANKED.find((applicability) => fixes.some((fix) => fix.applicability === applicability)) ?? 'display-only';
}
