/**
 * `internet-first-lint`: the CLI entry point (bundled to dist/cli/cli.main.js,
 * which dist/cli/cli.js runs through the code cache: startup/entry.ts).
 * Wiring only: arguments -> the run (pipeline.ts) -> formatted output -> exit
 * code. Exit codes follow ESLint: 0 clean, 1 error-level findings (or too
 * many warnings), 2 the tool could not do its job (usage, a bad config file,
 * unwritable output, internal error).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleMetas } from '../engine';
import { CliError, parseCliArgs, UsageError, USAGE } from './args';
import { shouldUseColor } from './color';
import { ConfigError, printable } from '../engine';
import { describeFsError } from './discover';
import { formatReportPieces, type ToolInfo } from './formatters';
import { outputColumns } from './formatters/columns';
import { formatRuleList } from './list-rules';
import { lintRun } from './pipeline';
import { sampleCpu } from './busy-cores';
import { isLintWorker } from './worker-pool';
import { repositoryProvenance } from '../report/provenance';
import { runReportCommand } from './report-command';

const TOOL_NAME = 'internet-first-lint';
const DEFAULT_INFORMATION_URI = 'https://github.com/internet-first/internet-first-lint';

// Read when bundling: esbuild inlines the JSON, so the version is fixed at build
// time and the CLI needs no package.json beside it. (A `require` rather than an
// `import` because package.json is outside the server project's files for tsc.)
const packageJson = require('../../../package.json') as { version: string; homepage?: string };

function toolInfo(): ToolInfo {
  return { name: TOOL_NAME, version: packageJson.version, informationUri: packageJson.homepage ?? DEFAULT_INFORMATION_URI };
}

async function run(argv: string[]): Promise<number> {
  const startedCpu = sampleCpu();
  if (argv[0] === 'report') return runReportCommand(argv.slice(1), { toolName: TOOL_NAME, version: packageJson.version });
  const options = parseCliArgs(
    argv,
    ruleMetas().map((meta) => meta.id),
  );
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.listRules) {
    process.stdout.write(formatRuleList(ruleMetas()));
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${packageJson.version}\n`);
    return 0;
  }

  const cwd = process.cwd();
  const { report, exitCode } = await lintRun(options, {
    cwd,
    // Warnings name files and quote what a config file says: printed escaped (engine/printable.ts).
    warn: (message) => process.stderr.write(`${TOOL_NAME}: ${printable(message)}\n`),
    stdout: (text) => process.stdout.write(text),
    progress: process.stderr,
    startedCpu,
  });
  for (const error of report.internalErrors) {
    process.stderr.write(`${TOOL_NAME}: internal error while linting ${printable(error.path)}: ${error.message}\n`);
  }

  const color = shouldUseColor({
    flag: options.color,
    env: process.env,
    writingToFile: options.outputFile !== undefined,
    stdoutIsTTY: process.stdout.isTTY === true,
  });
  // A report written to a file is not shown on this terminal: it gets the plain 80 columns.
  const columns = options.outputFile === undefined ? outputColumns(process.stdout) : 80;
  const provenance = options.format === 'sarif' ? repositoryProvenance(process.env, cwd) : undefined;
  const pieces = formatReportPieces(options.format, report, { color, tool: toolInfo(), config: options.config, columns, provenance });
  if (options.outputFile === undefined) {
    for (const text of inBatches(pieces)) process.stdout.write(text);
  } else {
    writeOutputFile(path.resolve(cwd, options.outputFile), pieces, options.outputFile);
  }
  return exitCode;
}

/** Creates missing parent folders, as ESLint does, so `--output reports/lint.sarif` works in a fresh checkout. */
function writeOutputFile(absolutePath: string, pieces: Iterable<string>, given: string): void {
  try {
    fs.mkdirSync(path.dirname(absolutePath), { recursive: true });
  } catch (error) {
    // EEXIST here means a file stands where a folder is needed.
    const reason = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'a file is in the way (EEXIST)' : describeFsError(error);
    throw new CliError(`cannot write ${given}: cannot create its folder: ${reason}`);
  }
  let fd: number | undefined;
  try {
    fd = fs.openSync(absolutePath, 'w');
    for (const text of inBatches(pieces)) fs.writeSync(fd, text);
  } catch (error) {
    throw new CliError(`cannot write ${given}: ${describeFsError(error)}`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** A format's pieces (one a file for JSON) joined into writes of at least 64 KB: not a system call for each small file. */
function* inBatches(pieces: Iterable<string>, atLeast = 64 * 1024): Generator<string> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= atLeast) {
      yield batch;
      batch = '';
    }
  }
  if (batch.length > 0) yield batch;
}

function main(): void {
  // A closed pipe (`internet-first-lint | head`) is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      reportFailure(error);
      process.exitCode = 2;
    },
  );
}

/** Every failure of the tool is one message on stderr (and exit code 2). */
function reportFailure(error: unknown): void {
  if (error instanceof ConfigError) {
    process.stderr.write(`${TOOL_NAME}: ${error.message}\n`);
  } else if (error instanceof CliError) {
    const hint = error instanceof UsageError ? `Run "${TOOL_NAME} --help" for usage.\n` : '';
    process.stderr.write(`${TOOL_NAME}: ${printable(error.message)}\n${hint}`);
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`${TOOL_NAME}: internal error: ${detail}\n`);
  }
}

// In a lint worker thread this bundle only serves worker-pool.ts.
if (!isLintWorker()) main();
