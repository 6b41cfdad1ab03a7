/**
 * GitHub Actions workflow commands: each finding printed as
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule-id>::<message>`
 * becomes an annotation on the pull request's diff, with no upload step.
 * Escaping follows the runner's own toolkit (@actions/core `command.ts`):
 * `%`, CR and LF everywhere, and also `:` and `,` inside properties, where
 * they would end a value. Other control characters (an escape sequence, a
 * bidirectional override) are written as visible escapes (engine/printable.ts)
 * before that. Paths must be relative to the repository root, so run the CLI
 * from there.
 */
import type { Severity } from '../../engine';
import type { LintReport } from '../run';
import type { FormatContext } from './index';
import { runNotes, summaryLine } from './stylish';
import { printableButLineBreaks } from '../../engine';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function formatGithub(report: LintReport, _context: FormatContext): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      const properties = [
        ['file', file.path],
        ['line', String(finding.range.start.line + 1)],
        ['col', String(finding.range.start.character + 1)],
        ['endLine', String(finding.range.end.line + 1)],
        ['endColumn', String(finding.range.end.character + 1)],
        ['title', finding.ruleId],
      ]
        .map(([name, value]) => `${name}=${escapeProperty(value)}`)
        .join(',');
      lines.push(`::${COMMAND[finding.severity]} ${properties}::${escapeData(finding.message)}`);
    }
  }
  // Plain lines between the commands show in the step's log, not as annotations.
  lines.push(summaryLine(report), ...runNotes(report));
  return `${lines.join('\n')}\n`;
}

/** The message after `::`. */
export function escapeData(text: string): string {
  return printableButLineBreaks(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A `name=value` before `::`, where `:` and `,` would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
