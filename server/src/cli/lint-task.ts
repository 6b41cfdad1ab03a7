/**
 * The work for one file, the unit handed to a worker thread: read it, lint
 * it (or fix it: the engine's fixText, the editor's fix-all), fingerprint
 * the findings. Tasks and results are plain data so that they cross thread
 * boundaries by structured clone; only reading touches the file system,
 * writing fixes back is the main thread's job.
 */
import { fileProblem, findingKey, lint as engineLint, languageForPath, type Finding, type LanguageId, type LintConfig, type WaivedFinding } from '../engine';
import { fixText, manifestServiceNames, ownCopy } from '../engine';
import type { FileEntry } from './discover';
import { fingerprintFindings } from './fingerprint';
import { displayPathBytes } from './path-bytes';
import { readTextFile, type TextEncoding } from './read';
import type { FileReport } from './run';

export type LintFunction = typeof engineLint;

export interface LintTask {
  entry: FileEntry;
  /** The effective configuration for this file (config files, then --rule). */
  config: LintConfig;
  /** The file's path inside its repository (see files/repository-root.ts), for the engine's deployment context. */
  relativePath?: string;
  maxFileBytes: number;
  /** Milliseconds for linting the file (each lint of a --fix pass): the engine's budgetMs. Absent or 0: no limit. */
  maxLintMs?: number;
  /** Apply the safe fixes and report what is left. */
  fix: boolean;
  /** With `fix`: apply unsafe fixes too (`--unsafe-fixes`). */
  unsafeFixes?: boolean;
}

/** What `--fix` changed in a file; the caller writes it (or prints the diff). */
export interface FixedFile {
  original: string;
  text: string;
  encoding: TextEncoding;
  fixesApplied: number;
}

export type LintTaskResult = { path: string; report: FileReport; fixed?: FixedFile; fixSkipped?: string } | { path: string; internalError: string };

export const PARSE_ERROR = 'parse-error';

/** Enough of the flagged text to recognise it; a finding over a whole block must not copy the block. */
const MAX_FLAGGED_TEXT = 200;

export function runLintTask(task: LintTask, lint: LintFunction = engineLint): LintTaskResult {
  const { entry, config } = task;
  const path = entry.displayPath;
  const pathBytes = entry.fsPath ? displayPathBytes(path, entry.fsPath) : undefined;
  const problem = (messageId: string, data: Record<string, string>): LintTaskResult => ({
    path,
    report: fileReport(path, fileProblem(messageId, data, config), '', pathBytes),
  });

  if (entry.walkError) return problem('unreadable', { what: 'folder', detail: entry.walkError });
  // Bytes for a name that is not UTF-8; a Buffer sent to a worker thread arrives as a plain Uint8Array.
  const read = readTextFile(entry.fsPath ? Buffer.from(entry.fsPath) : entry.absolutePath, task.maxFileBytes);
  if (!read.ok) return problem(read.messageId, read.data);

  const knownLanguage = languageForPath(entry.absolutePath);
  // Only explicitly named files reach here without a known extension (the walk
  // filters on it). YAML is the lenient choice: JSON is YAML too.
  const languageId: LanguageId = knownLanguage ?? 'yaml';
  const waived: WaivedFinding[] = [];
  const lintOptions = {
    fileName: path,
    ...(task.relativePath !== undefined ? { relativePath: task.relativePath } : {}),
    ...(task.maxLintMs ? { budgetMs: task.maxLintMs } : {}),
  };
  let findings: Finding[];
  let fixed: FixedFile | undefined;
  let fixSkipped: string | undefined;
  try {
    if (task.fix && read.lossy) {
      // Writing back would turn the undecodable bytes into U+FFFD for good.
      fixSkipped = 'it is not valid UTF-8 (or UTF-16), so writing it back would change bytes the fixes did not touch';
    }
    if (task.fix && !read.lossy) {
      const result = fixText(read.text, languageId, config, { ...lintOptions, unsafeFixes: task.unsafeFixes === true });
      findings = result.remaining;
      if (result.text !== read.text) fixed = { original: read.text, text: result.text, encoding: read.encoding, fixesApplied: result.fixesApplied };
    } else {
      // `waived` collects what suppression comments waive, for the SARIF (the fix path reports none: it lints several times).
      findings = lint(read.text, languageId, config, { ...lintOptions, waived });
    }
  } catch (error) {
    return { path, internalError: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  if (!knownLanguage) findings = explainUnknownFileType(findings, path);
  const report = fileReport(path, findings, fixed?.text ?? read.text, pathBytes);
  addEstateDetails(report, waived, read.text, languageId);
  return { path, report, ...(fixed ? { fixed } : {}), ...(fixSkipped ? { fixSkipped } : {}) };
}

function fileReport(path: string, findings: Finding[], text: string, pathBytes?: Uint8Array): FileReport {
  const sorted = [...findings].sort(compareFindings);
  const fingerprints = fingerprintFindings(sorted, text);
  return {
    path,
    ...(pathBytes ? { pathBytes } : {}),
    findings: sorted.map((finding, i) => {
      const flaggedText = ownCopy(text.slice(finding.range.start.offset, Math.min(finding.range.end.offset, finding.range.start.offset + MAX_FLAGGED_TEXT)));
      return {
        ...finding,
        // The run keeps every report to its end: its strings must not be views of the file's text (engine/own-copy.ts).
        message: ownCopy(finding.message),
        ...(finding.data ? { data: ownData(finding.data) } : {}),
        fingerprint: fingerprints[i],
        ...(flaggedText ? { flaggedText } : {}),
      };
    }),
  };
}

function ownData(data: Record<string, string | number>): Record<string, string | number> {
  const own: Record<string, string | number> = {};
  for (const key of Object.keys(data)) {
    const value = data[key];
    own[key] = typeof value === 'string' ? ownCopy(value) : value;
  }
  return own;
}

/** What the SARIF report carries for estate reports: the waived findings and the services the file's manifests name. */
function addEstateDetails(report: FileReport, waived: WaivedFinding[], text: string, languageId: LanguageId): void {
  if (waived.length > 0) {
    const reported = fileReport(
      report.path,
      waived.map((w) => w.finding),
      text,
    ).findings;
    // fileReport sorts; find each waiver again by its finding's identity.
    report.waived = reported.map((finding) => {
      const source = waived.find((w) => findingKey(w.finding) === findingKey(finding));
      return { ...finding, ...(source?.reason ? { reason: source.reason } : {}), ...(source?.until ? { until: source.until } : {}) };
    });
  }
  const services = manifestServiceNames(text, languageId);
  if (services.length > 0) report.services = services;
}

/**
 * For a file of unknown type read as YAML, YAML syntax errors mostly say "this
 * is not YAML"; one finding saying so (at the first error) beats a cascade.
 */
function explainUnknownFileType(findings: Finding[], displayPath: string): Finding[] {
  const isSyntax = (finding: Finding): boolean => finding.ruleId === PARSE_ERROR && finding.messageId !== 'template';
  const parseErrors = findings.filter(isSyntax);
  if (parseErrors.length === 0) return findings;
  const first = [...parseErrors].sort(compareFindings)[0];
  const name = displayPath.slice(displayPath.lastIndexOf('/') + 1);
  const extension = name.includes('.') ? `extension "${name.slice(name.lastIndexOf('.'))}"` : 'no extension';
  const [template] = fileProblem('unknownFileType', { extension, detail: first.message });
  const merged: Finding = { ...template, severity: first.severity, range: first.range };
  return [merged, ...findings.filter((finding) => !isSyntax(finding))];
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

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
