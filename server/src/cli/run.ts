/**
 * The report a run produces, its summary and its exit code. The per-file
 * work lives in lint-task.ts (so worker threads can run it); `lintFiles`
 * here is the serial path with one configuration for every file, which the
 * tests use with a stand-in `lint`.
 */
import type { Finding, LintConfig, Severity } from '../engine';
import type { FileEntry } from './discover';
import { runLintTask, type LintFunction } from './lint-task';

export { PARSE_ERROR, type LintFunction } from './lint-task';

export interface ReportedFinding extends Finding {
  /** Content fingerprint (see fingerprint.ts), stable when lines move. */
  fingerprint: string;
  /** The flagged text, at most 200 characters (baselines show it to reviewers). */
  flaggedText?: string;
}

export interface FileReport {
  /** Relative, forward slashes. */
  path: string;
  /** `path` as bytes, when the file's name is not UTF-8 (`path` then shows each invalid byte as `\xNN`): for SARIF's artifact URI. */
  pathBytes?: Uint8Array;
  findings: ReportedFinding[];
  /** Findings live suppression comments waived (SARIF reports them as suppressed results). */
  waived?: Array<ReportedFinding & { reason?: string; until?: string }>;
  /** `metadata.name` of the service manifests in the file (the estate report groups findings by service). */
  services?: string[];
}

/** A failure of the tool itself (a bug), as opposed to a problem in the linted file. */
export interface InternalError {
  path: string;
  message: string;
}

/** A baseline entry no finding matched in this run (the finding was fixed, or its line changed). */
export interface StaleBaselineEntry {
  /** As the reports print paths: relative to the working folder. */
  path: string;
  ruleId: string;
  fingerprint: string;
}

export interface BaselineOutcome {
  /** The baseline file as given on the command line. */
  file: string;
  /** Findings not reported because the baseline records them. */
  suppressed: number;
  stale: StaleBaselineEntry[];
  /** Entries written, when --update-baseline rewrote the file. */
  written?: number;
}

export interface FixOutcome {
  mode: 'write' | 'dry-run';
  /** `--unsafe-fixes` was given: unsafe fixes were applied too. */
  unsafe: boolean;
  /** Files changed (or, in a dry run, that would change). */
  files: number;
  /** Fixes applied over all passes. */
  fixes: number;
}

export interface LintReport {
  files: FileReport[];
  internalErrors: InternalError[];
  /** Present when the run used --baseline. */
  baseline?: BaselineOutcome;
  /** Present when the run used --fix or --fix-dry-run. */
  fix?: FixOutcome;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
}

export interface RunOptions {
  config: LintConfig;
  maxFileBytes: number;
  /** The engine's `lint`; replaceable so tests can exercise the internal-error path. */
  lint?: LintFunction;
}

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
  const result = runLintTask({ entry, config: options.config, maxFileBytes: options.maxFileBytes, fix: false }, options.lint);
  return 'internalError' in result ? { internalError: result.internalError } : result.report;
}

export function summarize(report: LintReport): Summary {
  const count = (severity: Severity): number =>
    report.files.reduce((total, file) => total + file.findings.filter((finding) => finding.severity === severity).length, 0);
  return { errors: count('error'), warnings: count('warning'), infos: count('info'), files: report.files.length };
}

/**
 * ESLint's convention: 2 when the tool failed; else 1 when any error-level
 * finding, or more warnings than `maxWarnings`; else 0.
 */
export function exitCodeFor(report: LintReport, maxWarnings?: number): 0 | 1 | 2 {
  if (report.internalErrors.length > 0) return 2;
  const { errors, warnings } = summarize(report);
  if (errors > 0) return 1;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}

/** `--quiet`: the same report with errors only (the exit code is decided before). */
export function errorsOnly(report: LintReport): LintReport {
  return { ...report, files: report.files.map((file) => ({ ...file, findings: file.findings.filter((finding) => finding.severity === 'error') })) };
}
