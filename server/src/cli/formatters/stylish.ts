/**
 * The human format, after ESLint's "stylish": findings grouped under their
 * file, columns aligned within each file, one summary line at the end.
 * Colour is decided by the caller (TTY, NO_COLOR, FORCE_COLOR, --color).
 */
import type { Severity } from '../../engine';
import { summarize, type LintReport } from '../run';
import type { FormatContext } from './index';

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', underline: '\x1b[4m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', cyan: '\x1b[36m' };
type Style = keyof typeof ANSI;

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

export function formatStylish(report: LintReport, context: FormatContext): string {
  const paint = (text: string, ...styles: Style[]): string =>
    context.color && styles.length > 0 ? `${styles.map((style) => ANSI[style]).join('')}${text}${ANSI.reset}` : text;

  const out: string[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const rows = file.findings.map((finding) => ({
      line: String(finding.range.start.line + 1),
      column: String(finding.range.start.character + 1),
      severity: finding.severity,
      message: oneLine(finding.message),
      ruleId: finding.ruleId,
    }));
    // A loop, not Math.max(...rows): spreading 200,000 findings overflows the stack.
    const width = (pick: (row: (typeof rows)[number]) => string): number => rows.reduce((most, row) => Math.max(most, pick(row).length), 0);
    const lineWidth = width((row) => row.line);
    const columnWidth = width((row) => row.column);
    const severityWidth = width((row) => row.severity);
    const messageWidth = width((row) => row.message);

    out.push(paint(file.path, 'underline'));
    for (const row of rows) {
      // Padding is computed on the plain text, then coloured, so escapes never skew the columns.
      const position = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
      out.push(
        `  ${paint(position, 'dim')}  ${paint(row.severity, SEVERITY_STYLE[row.severity])}${' '.repeat(severityWidth - row.severity.length)}` +
          `  ${row.message}${' '.repeat(messageWidth - row.message.length)}  ${paint(row.ruleId, 'dim')}`,
      );
    }
    out.push('');
  }
  out.push(summaryLine(report, paint));
  out.push(...runNotes(report).map((note) => paint(note, 'dim')));
  return `${out.join('\n')}\n`;
}

/** What --fix and --baseline did, one line each, after the summary (the github format prints them too). */
export function runNotes(report: LintReport): string[] {
  const notes: string[] = [];
  const fix = report.fix;
  if (fix) {
    const what = `${plural(fix.fixes, 'fix', 'fixes')} in ${plural(fix.files, 'file')}`;
    notes.push(fix.mode === 'write' ? `fixed: ${what}` : `--fix-dry-run: ${what} shown above, nothing written`);
  }
  const baseline = report.baseline;
  if (baseline) {
    if (baseline.written !== undefined) notes.push(`baseline ${baseline.file} written with ${plural(baseline.written, 'entry', 'entries')}`);
    if (baseline.suppressed > 0) notes.push(`${plural(baseline.suppressed, 'finding')} recorded in the baseline ${baseline.file} not reported`);
    if (baseline.stale.length > 0) {
      notes.push(`${plural(baseline.stale.length, 'baseline entry', 'baseline entries')} no longer found (fixed or changed): run with --update-baseline to remove them`);
    }
  }
  return notes;
}

export function summaryLine(report: LintReport, paint: (text: string, ...styles: Style[]) => string = (text) => text): string {
  const { errors, warnings, infos, files } = summarize(report);
  const problems = errors + warnings + infos;
  if (problems === 0) return paint(`✔ no problems (${plural(files, 'file')} checked)`, 'green', 'bold');
  const text = `✖ ${plural(problems, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`;
  return paint(text, errors > 0 ? 'red' : warnings > 0 ? 'yellow' : 'cyan', 'bold');
}

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** A message is one row: line breaks inside it would break the columns. */
function oneLine(message: string): string {
  // Split and trimmed, not /\s*[\r\n]+\s*/g, which is quadratic on a long run of blanks.
  const parts = message.split(/[\r\n]+/);
  if (parts.length === 1) return message;
  const last = parts.length - 1;
  const trimmed = parts.map((part, i) => (i > 0 ? part.trimStart() : part)).map((part, i) => (i < last ? part.trimEnd() : part));
  return trimmed.filter((part, i) => i === 0 || i === last || part !== '').join(' ');
}
