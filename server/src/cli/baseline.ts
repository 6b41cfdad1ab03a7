/**
 * Baselines, for adopting the linter on an existing estate: `--update-baseline`
 * records today's findings, `--baseline` stops reporting them, so CI fails
 * only on new ones. An entry is the file, the rule and the finding's content
 * fingerprint (fingerprint.ts: the flagged text and its line, never the line
 * number), so adding or moving lines does not invalidate it. Entries no
 * finding matches any more are "stale": reported, never failing the run (a
 * fixed finding must not break the build); `--update-baseline` drops them.
 *
 * The file is JSON, sorted and indented so that its diffs review well; paths
 * are relative to the baseline file's folder, so the file works from any
 * working folder. Format documented in docs/cli.md.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FINGERPRINT_KEY } from './fingerprint';
import { CliError } from './args';
import { describeFsError } from './discover';
import { compareText } from './lint-task';
import type { BaselineOutcome, LintReport, StaleBaselineEntry } from './run';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** Relative to the baseline file's folder, `/`-separated. */
  path: string;
  ruleId: string;
  fingerprint: string;
  /** The flagged text, shortened: for the people reviewing the file; not used for matching. */
  text?: string;
}

export interface BaselineFile {
  version: number;
  /** The fingerprint recipe the entries were made with (see fingerprint.ts). */
  fingerprints: string;
  entries: BaselineEntry[];
}

/** Where the baseline is and how paths in reports relate to it. */
export interface BaselineLocation {
  /** As given on the command line (for messages). */
  given: string;
  absolutePath: string;
  /** The folder report paths are relative to. */
  cwd: string;
}

/** Reads the baseline; a missing file is an empty baseline only when it is about to be written. */
export function readBaseline(location: BaselineLocation, mayBeMissing: boolean): BaselineFile {
  let text: string;
  try {
    text = fs.readFileSync(location.absolutePath, 'utf8');
  } catch (error) {
    if (mayBeMissing && (error as NodeJS.ErrnoException).code === 'ENOENT') return { version: BASELINE_VERSION, fingerprints: FINGERPRINT_KEY, entries: [] };
    throw new CliError(`cannot read baseline ${location.given}: ${describeFsError(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CliError(`baseline ${location.given} is not valid JSON: ${(error as Error).message}`);
  }
  const file = parsed as Partial<BaselineFile>;
  if (file?.version !== BASELINE_VERSION || !Array.isArray(file.entries) || !file.entries.every(isEntry)) {
    throw new CliError(`baseline ${location.given} is not a version ${BASELINE_VERSION} baseline (see docs/cli.md); write a new one with --update-baseline`);
  }
  if (file.fingerprints !== FINGERPRINT_KEY) {
    throw new CliError(
      `baseline ${location.given} was made with fingerprints "${String(file.fingerprints)}", this version makes ` +
        `"${FINGERPRINT_KEY}"; write a new one with --update-baseline`,
    );
  }
  return file as BaselineFile;
}

function isEntry(value: unknown): value is BaselineEntry {
  const entry = value as BaselineEntry;
  return typeof entry?.path === 'string' && typeof entry.ruleId === 'string' && typeof entry.fingerprint === 'string';
}

/**
 * Drops the findings the baseline records and lists the stale entries: those
 * for files linted in this run that no finding matched, and those for files
 * that no longer exist. Entries for files this run did not look at are left
 * alone (linting one folder says nothing about another).
 */
export function applyBaseline(report: LintReport, baseline: BaselineFile, location: BaselineLocation): LintReport {
  const key = (entryPath: string, ruleId: string, fingerprint: string): string => `${entryPath}\0${ruleId}\0${fingerprint}`;
  const recorded = new Set(baseline.entries.map((entry) => key(entry.path, entry.ruleId, entry.fingerprint)));
  const matched = new Set<string>();
  const linted = new Set<string>();
  let suppressed = 0;
  const files = report.files.map((file) => {
    const entryPath = toBaselinePath(file.path, location);
    linted.add(entryPath);
    const findings = file.findings.filter((finding) => {
      const k = key(entryPath, finding.ruleId, finding.fingerprint);
      if (!recorded.has(k)) return true;
      matched.add(k);
      suppressed++;
      return false;
    });
    return { ...file, findings };
  });
  const stale: StaleBaselineEntry[] = baseline.entries
    .filter((entry) => !matched.has(key(entry.path, entry.ruleId, entry.fingerprint)))
    .filter((entry) => linted.has(entry.path) || !fs.existsSync(fromBaselinePath(entry.path, location)))
    .map((entry) => ({ path: toReportPath(entry.path, location), ruleId: entry.ruleId, fingerprint: entry.fingerprint }));
  const outcome: BaselineOutcome = { file: location.given, suppressed, stale };
  return { ...report, files, baseline: outcome };
}

/**
 * The baseline after this run: every finding of the files linted now, plus
 * the entries of files not linted now that still exist. Sorted, so that the
 * same findings always give the same bytes.
 */
export function updatedBaseline(report: LintReport, previous: BaselineFile, location: BaselineLocation): BaselineFile {
  const linted = new Set(report.files.map((file) => toBaselinePath(file.path, location)));
  const kept = previous.entries.filter((entry) => !linted.has(entry.path) && fs.existsSync(fromBaselinePath(entry.path, location)));
  const fresh = report.files.flatMap((file) =>
    file.findings.map((finding) => ({
      path: toBaselinePath(file.path, location),
      ruleId: finding.ruleId,
      fingerprint: finding.fingerprint,
      text: shorten(finding.flaggedText),
    })),
  );
  const entries = [...kept, ...fresh].sort(
    (a, b) => compareText(a.path, b.path) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint),
  );
  return {
    version: BASELINE_VERSION,
    fingerprints: FINGERPRINT_KEY,
    entries: entries.map(({ path: p, ruleId, fingerprint, text }) => ({ path: p, ruleId, fingerprint, ...(text ? { text } : {}) })),
  };
}

export function writeBaseline(baseline: BaselineFile, location: BaselineLocation): void {
  try {
    fs.mkdirSync(path.dirname(location.absolutePath), { recursive: true });
    fs.writeFileSync(location.absolutePath, `${JSON.stringify(baseline, null, 2)}\n`);
  } catch (error) {
    throw new CliError(`cannot write baseline ${location.given}: ${describeFsError(error)}`);
  }
}

const MAX_TEXT = 80;

function shorten(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_TEXT ? `${oneLine.slice(0, MAX_TEXT - 1)}…` : oneLine;
}

function toBaselinePath(reportPath: string, location: BaselineLocation): string {
  return path.relative(path.dirname(location.absolutePath), path.resolve(location.cwd, reportPath)).split(path.sep).join('/');
}

function fromBaselinePath(entryPath: string, location: BaselineLocation): string {
  return path.resolve(path.dirname(location.absolutePath), entryPath);
}

function toReportPath(entryPath: string, location: BaselineLocation): string {
  const relative = path.relative(location.cwd, fromBaselinePath(entryPath, location));
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}
