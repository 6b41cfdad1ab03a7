/**
 * Lints the discovered files into one report. Each file is handled on its
 * own (`lintOneFile` is pure apart from reading the file) so that a later
 * version can hand files to worker threads and still sort the results.
 */
import { fileProblem, lint as engineLint, languageForPath, type Finding, type LanguageId, type LintConfig, type Severity } from '../engine';
import type { FileEntry } from './discover';
import { fingerprintFindings } from './fingerprint';
import { readTextFile } from './read';

export interface ReportedFinding extends Finding {
  /** Content fingerprint (see fingerprint.ts), stable when lines move. */
  fingerprint: string;
}

export interface FileReport {
  /** Relative, forward slashes. */
  path: string;
  findings: ReportedFinding[];
}

/** A failure of the tool itself (a bug), as opposed to a problem in the linted file. */
export interface InternalError {
  path: string;
  message: string;
}

export interface LintReport {
  files: FileReport[];
  internalErrors: InternalError[];
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
}

export type LintFunction = typeof engineLint;

export interface RunOptions {
  config: LintConfig;
  maxFileBytes: number;
  /** The engine's `lint`; replaceable so tests can exercise the internal-error path. */
  lint?: LintFunction;
}

export const PARSE_ERROR = 'parse-error';

export function lintFiles(entries: readonly FileEntry[], options: RunOptions): LintReport {
  const report: LintReport = { files: [], internalErrors: [] };
  for (const entry of entries) {
    const outcome = lintOneFile(entry, options);
    if ('internalError' in outcome) report.internalErrors.push({ path: entry.displayPath, message: outcome.internalError });
    else report.files.push(outcome);
  }
  return report;
}

export function lintOneFile(entry: FileEntry, options: RunOptions): FileReport | { internalError: string } {
  const fileReport = (findings: Finding[], text: string): FileReport => {
    const sorted = [...findings].sort(compareFindings);
    const fingerprints = fingerprintFindings(sorted, text);
    return { path: entry.displayPath, findings: sorted.map((finding, i) => ({ ...finding, fingerprint: fingerprints[i] })) };
  };
  const problem = (messageId: string, data: Record<string, string>): FileReport => fileReport(fileProblem(messageId, data, options.config), '');

  if (entry.walkError) return problem('unreadable', { what: 'folder', detail: entry.walkError });
  const read = readTextFile(entry.absolutePath, options.maxFileBytes);
  if (!read.ok) return problem(read.messageId, read.data);

  const knownLanguage = languageForPath(entry.absolutePath);
  // Only explicitly named files reach here without a known extension (the walk
  // filters on it). YAML is the lenient choice: JSON is YAML too.
  const languageId: LanguageId = knownLanguage ?? 'yaml';
  let findings: Finding[];
  try {
    findings = (options.lint ?? engineLint)(read.text, languageId, options.config, { fileName: entry.displayPath });
  } catch (error) {
    return { internalError: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  if (!knownLanguage) findings = explainUnknownFileType(findings, entry.displayPath);
  return fileReport(findings, read.text);
}

/**
 * For a file of unknown type read as YAML, YAML syntax errors mostly say "this
 * is not YAML"; one finding saying so (at the first error) beats a cascade.
 */
function explainUnknownFileType(findings: Finding[], displayPath: string): Finding[] {
  const parseErrors = findings.filter((finding) => finding.ruleId === PARSE_ERROR);
  if (parseErrors.length === 0) return findings;
  const first = [...parseErrors].sort(compareFindings)[0];
  const name = displayPath.slice(displayPath.lastIndexOf('/') + 1);
  const extension = name.includes('.') ? `extension "${name.slice(name.lastIndexOf('.'))}"` : 'no extension';
  const [template] = fileProblem('unknownFileType', { extension, detail: first.message });
  const merged: Finding = { ...template, severity: first.severity, range: first.range };
  return [merged, ...findings.filter((finding) => finding.ruleId !== PARSE_ERROR)];
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.offset - b.range.start.offset ||
    a.range.end.offset - b.range.end.offset ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.messageId, b.messageId) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function summarize(report: LintReport): Summary {
  const count = (severity: Severity): number =>
    report.files.reduce((total, file) => total + file.findings.filter((finding) => finding.severity === severity).length, 0);
  return { errors: count('error'), warnings: count('warning'), infos: count('info'), files: report.files.length };
}

/** ESLint's convention: 2 when the tool failed, else 1 when any error-level finding, else 0. */
export function exitCodeFor(report: LintReport): 0 | 1 | 2 {
  if (report.internalErrors.length > 0) return 2;
  return summarize(report).errors > 0 ? 1 : 0;
}
