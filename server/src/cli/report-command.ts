/**
 * `internet-first-lint report`: the estate report from SARIF files (and/or
 * paths linted on the spot) as HTML, Markdown or JSON. Each SARIF file is
 * read, folded into the figures and dropped before the next is read, so an
 * estate of a thousand repositories needs the memory of one. A file that
 * cannot be used is named on stderr and in the report; the rest still count.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { docsUrl, ruleMetas } from '../engine';
import { EstateAggregator, TOOL_NAME } from '../report/aggregate';
import { asPreviousReport, buildReport } from '../report/build';
import { renderHtml } from '../report/html';
import { resolveInputs as resolveInputsFor } from '../report/inputs';
import { lintToSarif } from '../report/lint-path';
import { renderMarkdown } from '../report/markdown';
import type { EstateReport } from '../report/model';
import { CliError, UsageError } from './args';
import { describeFsError } from './discover';

export const REPORT_USAGE = `Usage: internet-first-lint report [options] <sarif files, folders, globs or paths to lint...>

Builds one Internet First readiness report for an estate from this linter's
SARIF files (one per repository, as CI uploads them): a .sarif file, a folder
of them, or a quoted glob such as "sarif/**/*.sarif". Any other file or folder
is linted on the spot and counts as one repository.

Options:
  -f, --format <name>    html (default; one self-contained file), markdown
                         (for $GITHUB_STEP_SUMMARY) or json (the figures,
                         for other tools and for --previous)
  -o, --output <file>    Write the report to <file> instead of stdout
      --previous <file>  An earlier report's JSON, for the trend and for
                         fixed/new/still open (repeatable)
      --date <yyyy-mm-dd> The report's date (default: today, UTC); waivers
                         ending within 90 days of it are listed
  -h, --help             Show this help

Exit codes: 0 the report was written (inputs that could not be read are
named on stderr and in the report), 2 usage error or no input could be read.

Documentation: docs/estate.md`;

const FORMATS = ['html', 'markdown', 'json'] as const;
type ReportFormat = (typeof FORMATS)[number];

export interface ReportCommandContext {
  toolName: string;
  version: string;
  cwd?: string;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}

export async function runReportCommand(argv: string[], context: ReportCommandContext): Promise<number> {
  const cwd = context.cwd ?? process.cwd();
  const stdout = context.stdout ?? ((text: string) => void process.stdout.write(text));
  const stderr = context.stderr ?? ((text: string) => void process.stderr.write(text));
  const options = parseReportArgs(argv);
  if (options.help) {
    stdout(`${REPORT_USAGE}\n`);
    return 0;
  }

  const previous = options.previous.map((file) => readPrevious(file, cwd));
  const aggregate = new EstateAggregator(options.date);
  const { sarifFiles, lintPaths, problems } = resolveInputsFor(options.inputs, cwd);
  for (const problem of problems) aggregate.problem(problem.input, problem.message);
  for (const file of sarifFiles) addSarifFile(aggregate, file, displayName(file, cwd));
  for (const target of lintPaths) await addLintedPath(aggregate, target, cwd, context.version);

  for (const problem of aggregate.problems) stderr(`${TOOL_NAME} report: ${problem.input}: ${problem.message}\n`);
  if (aggregate.inputsRead === 0) throw new CliError('no input could be read, so there is no report (see the messages above)');

  const report = buildReport(aggregate, { name: TOOL_NAME, version: context.version }, previous);
  const text =
    options.format === 'json' ? `${JSON.stringify(report)}\n` : options.format === 'markdown' ? renderMarkdown(report) : renderHtml(report, ruleHelp());
  if (options.output === undefined) stdout(text);
  else writeFile(path.resolve(cwd, options.output), text, options.output);
  return 0;
}

interface ReportOptions {
  inputs: string[];
  format: ReportFormat;
  output?: string;
  previous: string[];
  date: string;
  help: boolean;
}

function parseReportArgs(argv: string[]): ReportOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        previous: { type: 'string', multiple: true },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // Node's message names the option as typed; prefix it with the subcommand.
    throw new UsageError(`report: ${(error as Error).message.split('\n')[0]}`);
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'html';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`report: unknown format "${format}" (expected one of: ${FORMATS.join(', ')})`);
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
    throw new UsageError(`report: --date needs a date written YYYY-MM-DD, got "${date}"`);
  if (!values.help && positionals.length === 0) throw new UsageError('report: name the SARIF files, folders or globs to report on (or paths to lint)');
  return {
    inputs: positionals,
    format: format as ReportFormat,
    ...(values.output ? { output: values.output } : {}),
    previous: values.previous ?? [],
    date,
    help: values.help === true,
  };
}

/** One file at a time: read, parse, fold in, let go. */
function addSarifFile(aggregate: EstateAggregator, file: string, name: string): void {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    aggregate.problem(name, `cannot be read: ${describeFsError(error)}`);
    return;
  }
  if (text.trim() === '') {
    aggregate.problem(name, 'is empty');
    return;
  }
  let log: unknown;
  try {
    log = JSON.parse(text);
  } catch (error) {
    aggregate.problem(name, `is not valid JSON, perhaps truncated (${(error as Error).message})`);
    return;
  }
  aggregate.addLog(log, name);
}

async function addLintedPath(aggregate: EstateAggregator, target: string, cwd: string, version: string): Promise<void> {
  try {
    aggregate.addLog(JSON.parse(await lintToSarif(target, version)), path.basename(target) || displayName(target, cwd));
  } catch (error) {
    aggregate.problem(displayName(target, cwd), `could not be linted: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readPrevious(file: string, cwd: string): EstateReport {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(path.resolve(cwd, file), 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `is not valid JSON (${error.message})` : `cannot be read: ${describeFsError(error)}`;
    throw new CliError(`report: --previous ${file} ${reason}`);
  }
  const report = asPreviousReport(value);
  if (typeof report === 'string') throw new CliError(`report: --previous ${file} ${report}`);
  return report;
}

function ruleHelp(): Record<string, { description: string; helpUri: string }> {
  return Object.fromEntries(ruleMetas().map((meta) => [meta.id, { description: meta.description, helpUri: docsUrl(meta.id) }]));
}

function displayName(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
}

function writeFile(absolutePath: string, text: string, given: string): void {
  try {
    fs.mkdirSync(path.dirname(absolutePath), { recursive: true });
    fs.writeFileSync(absolutePath, text);
  } catch (error) {
    throw new CliError(`report: cannot write ${given}: ${describeFsError(error)}`);
  }
}
