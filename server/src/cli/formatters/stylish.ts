/**
 * The human format, after ESLint's "stylish": findings grouped under their
 * file, columns aligned within each file (line:column, severity, message,
 * rule id), one summary line at the end. The message column is wrapped so a
 * row fits `context.columns` (the terminal's width, 80 when not a terminal).
 * Colour is decided by the caller (TTY, NO_COLOR, FORCE_COLOR, --color).
 */
import type { Severity } from '../../engine';
import { preferredFix, unsafeOnlyCount } from '../../engine';
import { summarize, type LintReport } from '../run';
import type { FormatContext } from './index';
import { MIN_MESSAGE_WIDTH, wrapText } from './columns';
import { printable } from '../../engine';

const ANSI = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  underline: '\x1b[4m',
  red: '\x1b[31m',
  green: '\x1b[32m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
};
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
      // A message may quote a value from the file, and a file name may hold anything: both are printed escaped.
      message: printable(oneLine(finding.message)),
      ruleId: finding.ruleId,
    }));
    // A loop, not Math.max(...rows): spreading 200,000 findings overflows the stack.
    const width = (pick: (row: (typeof rows)[number]) => string): number => rows.reduce((most, row) => Math.max(most, pick(row).length), 0);
    const lineWidth = width((row) => row.line);
    const columnWidth = width((row) => row.column);
    const severityWidth = width((row) => row.severity);
    const ruleWidth = width((row) => row.ruleId);
    // Everything but the message: indent, position, severity, the gaps and the rule id.
    const indent = 2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2;
    const room = (context.columns ?? 80) - indent - 2 - ruleWidth;
    const messageWidth = Math.min(
      width((row) => row.message),
      Math.max(room, MIN_MESSAGE_WIDTH),
    );

    out.push(paint(headerPath(file.path), 'underline'));
    for (const row of rows) {
      // Padding is computed on the plain text, then coloured, so escapes never skew the columns.
      const position = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
      const [first, ...rest] = wrapText(row.message, messageWidth);
      out.push(
        `  ${paint(position, 'dim')}  ${paint(row.severity, SEVERITY_STYLE[row.severity])}${' '.repeat(severityWidth - row.severity.length)}` +
          `  ${first}${' '.repeat(Math.max(messageWidth - first.length, 0))}  ${paint(row.ruleId, 'dim')}`,
      );
      for (const line of rest) out.push(`${' '.repeat(indent)}${line}`);
    }
    out.push('');
  }
  out.push(summaryLine(report, paint));
  out.push(...runNotes(report).map((note) => paint(note, 'dim')));
  return `${out.join('\n')}\n`;
}

/** What --fix and --baseline did, and the fixes still available, one line each, after the summary (the github format prints them too). */
export function runNotes(report: LintReport): string[] {
  const notes: string[] = [];
  const fix = report.fix;
  if (fix) {
    const what = `${plural(fix.fixes, 'fix', 'fixes')} in ${plural(fix.files, 'file')}`;
    notes.push(fix.mode === 'write' ? `fixed: ${what}` : `--fix-dry-run: ${what} shown above, nothing written`);
  }
  notes.push(...fixHints(report));
  const baseline = report.baseline;
  if (baseline) {
    const file = printable(baseline.file);
    if (baseline.written !== undefined) notes.push(`baseline ${file} written with ${plural(baseline.written, 'entry', 'entries')}`);
    if (baseline.suppressed > 0) notes.push(`${plural(baseline.suppressed, 'finding')} recorded in the baseline ${file} not reported`);
    if (baseline.stale.length > 0) {
      notes.push(
        `${plural(baseline.stale.length, 'baseline entry', 'baseline entries')} no longer found (fixed or changed): run with --update-baseline to remove them`,
      );
    }
  }
  return notes;
}

/**
 * Like ruff: how many findings `--fix` would fix, and how many more only
 * `--unsafe-fixes` would (those change what the service does). A finding
 * counts once, by the best fix it has; display-only fixes are the editor's.
 */
function fixHints(report: LintReport): string[] {
  const findings = report.files.flatMap((file) => file.findings);
  const safe = findings.filter((finding) => preferredFix(finding)).length;
  const unsafe = unsafeOnlyCount(findings);
  const fix = report.fix;
  const hints: string[] = [];
  // After --fix the safe ones are gone; any left (overlaps, pass limit) are still worth a rerun.
  if (safe > 0) hints.push(`${plural(safe, 'problem')} fixable with ${fix ? 'another run of ' : ''}--fix`);
  if (unsafe > 0 && !fix?.unsafe)
    hints.push(`${plural(unsafe, 'more fix', 'more fixes')} available with ${fix ? '' : '--fix '}--unsafe-fixes (unsafe: review the result)`);
  return hints;
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

/**
 * The file's header line, escaped; a name starting with `:` gets `./` before
 * it, because a line starting with `::` is a workflow command to the GitHub
 * Actions runner (`::error::…`, `::stop-commands::…`) in a CI log.
 */
function headerPath(filePath: string): string {
  const shown = printable(filePath);
  return shown.startsWith(':') ? `./${shown}` : shown;
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
