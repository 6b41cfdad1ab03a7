/**
 * One run of the CLI after the arguments are parsed: configuration ->
 * files -> lint (on worker threads when there are many) -> fixes written or
 * shown -> baseline -> report -> exit code. Everything that prints goes
 * through `RunIo`, so main.ts stays wiring.
 */
import * as path from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { LintConfig } from '../engine';
import { mergeRuleSettings, resolveConfig, type LoadedConfig } from '../engine';
import { ConfigFinder, toSlashes } from '../config/find-config';
import { commandLineStops } from '../config/search-boundary';
import { printable } from '../engine';
import { CliError, type CliOptions } from './args';
import { applyBaseline, readBaseline, updatedBaseline, writeBaseline, type BaselineFile, type BaselineLocation } from './baseline';
import { describeFsError, discoverFiles, displayPath, type FileEntry } from './discover';
import { repositoryRelativePath } from '../files/repository-root';
import type { FixedFile, LintTask, LintTaskResult } from './lint-task';
import { ProgressLine, type ProgressStream } from './progress';
import { encodeText } from './read';
import { replaceFileAtomically, SymlinkRefused } from './atomic-write';
import { errorsOnly, exitCodeFor, summarize, type LintReport } from './run';
import { runTasksInWorkers, runTasksSerially, threadCount } from './worker-pool';
import { busyCoresSince, type CpuSample } from './busy-cores';

export interface RunIo {
  cwd: string;
  /** Notes and warnings, one line each (prefixed by the caller). */
  warn(message: string): void;
  /** Standard output, for the fix diff. */
  stdout(text: string): void;
  /** Where the progress line goes (stderr). */
  progress: ProgressStream;
  /** The cores' counters when the process started, for `--concurrency auto` (see busy-cores.ts). */
  startedCpu?: CpuSample;
}

export interface RunResult {
  /** The report as it should be printed (after --quiet). */
  report: LintReport;
  exitCode: 0 | 1 | 2;
}

export async function lintRun(options: CliOptions, io: RunIo): Promise<RunResult> {
  const { cwd } = io;
  const chainFor = configChains(options, cwd, (message) => io.warn(message));
  const baselineLocation: BaselineLocation | undefined = options.baselineFile
    ? { given: options.baselineFile, absolutePath: path.resolve(cwd, options.baselineFile), cwd }
    : undefined;
  // Read before linting, so a broken baseline fails fast.
  const baseline = baselineLocation && readBaseline(baselineLocation, options.updateBaseline);

  // The run's own files: its report, its baseline, its named config file.
  const skipFiles = new Set(
    [options.outputFile, options.baselineFile, options.configFile].filter((file): file is string => file !== undefined).map((file) => path.resolve(cwd, file)),
  );
  const entries = discoverFiles(options.paths, cwd, { chainFor, forceExclude: options.forceExclude, gitignore: options.useGitignore, skipFiles });
  if (entries.length === 0) io.warn(`warning: no YAML, JSON or JSONC files found in ${options.paths.join(', ')}`);

  const tasks: LintTask[] = entries.map((entry) => ({
    entry,
    relativePath: relativePathOf(entry, chainFor, cwd),
    config: configForFile(entry, chainFor, options.config),
    maxFileBytes: options.maxFileBytes,
    maxLintMs: options.maxLintMs,
    fix: options.fix !== 'off',
    unsafeFixes: options.unsafeFixes,
  }));
  const results = await runTasks(tasks, options, io);

  let report = collectResults(results, tasks, options, io);
  if (baselineLocation && baseline) report = baselineStep(report, baseline, baselineLocation, options.updateBaseline);

  const exitCode = exitCodeFor(report, options.maxWarnings);
  const { warnings } = summarize(report);
  if (exitCode === 1 && options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.warn(`too many warnings: ${warnings}, more than --max-warnings ${options.maxWarnings}`);
  }
  return { report: options.quiet ? errorsOnly(report) : report, exitCode };
}

/** The report from the per-file results; fixes written (or their diff printed) on the way. */
function collectResults(results: readonly LintTaskResult[], tasks: readonly LintTask[], options: CliOptions, io: RunIo): LintReport {
  const report: LintReport = { files: [], internalErrors: [] };
  const fixedFiles: Array<{ entry: FileEntry; fixed: FixedFile }> = [];
  results.forEach((result, index) => {
    if ('internalError' in result) {
      report.internalErrors.push({ path: result.path, message: result.internalError });
      return;
    }
    report.files.push(result.report);
    // The atomic write works on text paths: a name that is not UTF-8 is reported, its fixes left out.
    if (result.fixed && tasks[index].entry.fsPath && options.fix === 'write') io.warn(`not fixing ${result.path}: its name is not UTF-8; rename it to fix it`);
    else if (result.fixed) fixedFiles.push({ entry: tasks[index].entry, fixed: result.fixed });
    if (result.fixSkipped) io.warn(`not fixing ${result.path}: ${result.fixSkipped}`);
  });
  if (options.fix !== 'off') {
    report.fix = {
      mode: options.fix,
      unsafe: options.unsafeFixes,
      files: fixedFiles.length,
      fixes: fixedFiles.reduce((total, { fixed }) => total + fixed.fixesApplied, 0),
    };
    for (const { entry, fixed } of fixedFiles) {
      if (options.fix === 'write') writeFixedFile(entry, fixed);
      else io.stdout(unifiedDiff(entry.displayPath, fixed));
    }
  }
  return report;
}

/** --baseline: leave out what it records; with --update-baseline, first rewrite it from this run. */
function baselineStep(report: LintReport, baseline: BaselineFile, location: BaselineLocation, update: boolean): LintReport {
  if (!update) return applyBaseline(report, baseline, location);
  const next = updatedBaseline(report, baseline, location);
  writeBaseline(next, location);
  const applied = applyBaseline(report, next, location);
  return { ...applied, baseline: { ...applied.baseline!, written: next.entries.length } };
}

/** The configuration chain for a folder, by the rule the options choose. */
function configChains(options: CliOptions, cwd: string, warn: (message: string) => void): (folder: string) => readonly LoadedConfig[] {
  if (!options.useConfigFiles) return () => [];
  const finder = new ConfigFinder({
    describe: (file) => displayPath(file, cwd),
    stopAt: commandLineStops(options.paths, cwd),
    warn: (message) => warn(`warning: ${message}`),
  });
  if (options.configFile !== undefined) {
    // A named file is often kept aside (.github/); its globs are relative to where the CLI runs.
    const only = [finder.loadFile(path.resolve(cwd, options.configFile), cwd)];
    return () => only;
  }
  return (folder) => finder.chainForFolder(folder);
}

/**
 * The file's path inside its repository: from the nearest `.git` folder, else
 * the root configuration file's folder, the folder named on the command line,
 * the working folder. Decides test/example/local context, so it must not
 * depend on where the checkout lives.
 */
function relativePathOf(entry: FileEntry, chainFor: (folder: string) => readonly LoadedConfig[], cwd: string): string | undefined {
  const chain = chainFor(path.dirname(entry.absolutePath));
  const configRoot = (chain.find((loaded) => loaded.config.root) ?? chain[0])?.base;
  return repositoryRelativePath(entry.absolutePath, [configRoot, entry.root, cwd]);
}

/** Config files' settings for the file, then `--rule`, which wins. */
function configForFile(entry: FileEntry, chainFor: (folder: string) => readonly LoadedConfig[], cliConfig: LintConfig): LintConfig {
  const resolved = resolveConfig(chainFor(path.dirname(entry.absolutePath)), toSlashes(entry.absolutePath));
  if (!cliConfig.rules) return resolved;
  return { ...resolved, rules: mergeRuleSettings(resolved.rules ?? {}, cliConfig.rules) };
}

async function runTasks(tasks: readonly LintTask[], options: CliOptions, io: RunIo): Promise<LintTaskResult[]> {
  const progress = new ProgressLine(io.progress);
  const onProgress = (done: number, total: number): void => progress.update(done, total);
  try {
    // Sampled only for `auto`: a count or `off` never reads it.
    const busy = options.concurrency === 'auto' ? busyCoresSince(io.startedCpu) : 0;
    const threads = threadCount(options.concurrency, tasks.length, undefined, busy);
    return threads === 0 ? runTasksSerially(tasks, onProgress) : await runTasksInWorkers(tasks, threads, onProgress);
  } finally {
    progress.clear();
  }
}

/** Written only when changed (the caller passes changed files only), in the encoding it was read in. */
function writeFixedFile(entry: FileEntry, fixed: FixedFile): void {
  try {
    replaceFileAtomically(entry.absolutePath, encodeText(fixed.text, fixed.encoding));
  } catch (error) {
    if (error instanceof SymlinkRefused) throw new CliError(`cannot write the fixes to ${entry.displayPath}: it is a symbolic link; fix the file it points to`);
    throw new CliError(`cannot write the fixes to ${entry.displayPath}: ${describeFsError(error)}`);
  }
}

/** As `git diff` prints it, so `git apply` takes it. */
export function unifiedDiff(displayPath: string, fixed: Pick<FixedFile, 'original' | 'text'>): string {
  // A name with a line break would end the header and start a hunk of its own.
  const name = printable(displayPath);
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, fixed.original, fixed.text, '', '', { context: 3, headerOptions: FILE_HEADERS_ONLY });
}
