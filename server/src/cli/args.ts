/**
 * Command-line arguments into typed options. `node:util` parseArgs splits the
 * arguments; it runs non-strict so that every mistake is reported here, in
 * this tool's words and with the option as the user typed it, instead of
 * Node's generic messages.
 */
import { parseArgs } from 'node:util';
import type { LintConfig, SeveritySetting } from '../engine';
import { MAX_FILE_BYTES as ENGINE_MAX_FILE_BYTES } from '../engine';
import { FORMAT_NAMES, type FormatName } from './formatters';
import { parseSeverity, suggestRuleId } from '../engine';

export { USAGE } from './usage';

/** The tool cannot do what it was asked (a missing path, an unwritable output): stderr and exit code 2. */
export class CliError extends Error {
  override readonly name: string = 'CliError';
}

/** A mistake in the arguments themselves: as CliError, plus a pointer to --help. */
export class UsageError extends CliError {
  override readonly name: string = 'UsageError';
}

export type FixMode = 'off' | 'write' | 'dry-run';

/** Worker threads: a count, `auto` (sized to the cores and the number of files) or `off` (the main thread). */
export type Concurrency = number | 'auto' | 'off';

export interface CliOptions {
  /** Files and folders to lint, as typed (default `.`). */
  paths: string[];
  format: FormatName;
  /** Write the report here instead of stdout. */
  outputFile: string | undefined;
  /** Severity overrides from `--rule id=severity`, in the engine's config shape; they win over config files. */
  config: LintConfig;
  /** `--config FILE`: this file instead of looking for `.internet-first.yaml` files. */
  configFile: string | undefined;
  /** false with `--no-config`: no configuration files at all. */
  useConfigFiles: boolean;
  /** Apply the config's include/exclude to files named on the command line too (`--force-exclude`). */
  forceExclude: boolean;
  /** false with `--no-ignore`: folders are walked without honouring .gitignore and .git/info/exclude. */
  useGitignore: boolean;
  /** Report errors only (`--quiet`); warnings still count for --max-warnings. */
  quiet: boolean;
  /** More warnings than this fail the run (`--max-warnings`). */
  maxWarnings: number | undefined;
  fix: FixMode;
  /** `--unsafe-fixes`: with --fix or --fix-dry-run, apply unsafe fixes too. */
  unsafeFixes: boolean;
  /** `--list-rules`: print the rules and exit. */
  listRules: boolean;
  /** `--baseline FILE`: findings recorded there are not reported. */
  baselineFile: string | undefined;
  /** `--update-baseline`: write the baseline file from this run's findings. */
  updateBaseline: boolean;
  concurrency: Concurrency;
  /** Files larger than this many bytes are reported, not linted. */
  maxFileBytes: number;
  /** `--max-lint-time`: milliseconds for linting one file (the engine's budgetMs; 0: no limit). */
  maxLintMs: number;
  /** `true`/`false` from `--color`/`--no-color`; undefined lets the environment decide. */
  color: boolean | undefined;
  help: boolean;
  version: boolean;
}

/**
 * The engine refuses texts over its own limit (5 MB: YAML that size takes
 * seconds to parse and is generated, not written), so that is both the
 * default and the ceiling; the CLI checks first so such files are never read.
 */
export const DEFAULT_MAX_FILE_BYTES = ENGINE_MAX_FILE_BYTES;

/**
 * A file that takes longer is reported as partly checked rather than holding
 * up the run: far above any hand-written file (a 50,000-line YAML file lints
 * in well under a second), reached only by multi-megabyte generated ones.
 */
export const DEFAULT_MAX_LINT_MS = 10_000;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  rule: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'force-exclude': { type: 'boolean' },
  'no-ignore': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'unsafe-fixes': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  concurrency: { type: 'string' },
  'max-file-size': { type: 'string' },
  'max-lint-time': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/**
 * Parses `argv` (without the node and script paths). `knownRuleIds` validates
 * `--rule`: an override for a rule that does not exist is almost always a typo
 * that would otherwise silently do nothing.
 */
export function parseCliArgs(argv: string[], knownRuleIds: readonly string[]): CliOptions {
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const options: CliOptions = {
    paths: [],
    format: 'stylish',
    outputFile: undefined,
    config: {},
    configFile: undefined,
    useConfigFiles: true,
    forceExclude: false,
    useGitignore: true,
    quiet: false,
    maxWarnings: undefined,
    fix: 'off',
    unsafeFixes: false,
    listRules: false,
    baselineFile: undefined,
    updateBaseline: false,
    concurrency: 'auto',
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    maxLintMs: DEFAULT_MAX_LINT_MS,
    color: undefined,
    help: false,
    version: false,
  };
  const rules: Record<string, SeveritySetting> = {};

  for (const token of tokens) {
    if (token.kind === 'positional') {
      options.paths.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue; // the `--` terminator
    if (!Object.hasOwn(OPTIONS, token.name)) throw new UsageError(`unknown option ${token.rawName}`);
    const name = token.name as OptionName;
    if (OPTIONS[name].type === 'boolean') {
      if (token.inlineValue) throw new UsageError(`option ${token.rawName} does not take a value`);
      applyFlag(options, name);
      continue;
    }
    // Non-strict parseArgs takes the next argument as the value even when it is
    // another option (`--format --rule x=off`); that is a missing value.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
      throw new UsageError(`option ${token.rawName} needs a value`);
    }
    applyValue(options, rules, name, token.value, knownRuleIds);
  }

  if (Object.keys(rules).length > 0) options.config = { rules };
  if (options.paths.length === 0) options.paths = ['.'];
  checkCombinations(options, tokens);
  return options;
}

/** Options that only make sense together, or not at all together. */
function checkCombinations(options: CliOptions, tokens: ReadonlyArray<{ kind: string; name?: string }>): void {
  const given = (name: OptionName): boolean => tokens.some((token) => token.kind === 'option' && token.name === name);
  if (given('fix') && given('fix-dry-run')) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (options.unsafeFixes && options.fix === 'off') throw new UsageError('--unsafe-fixes applies fixes: use it with --fix or --fix-dry-run');
  if (options.configFile !== undefined && !options.useConfigFiles) throw new UsageError('--config and --no-config cannot be used together');
  if (options.updateBaseline && options.baselineFile === undefined) throw new UsageError('--update-baseline needs --baseline <file> to say where to write');
  // The diff goes to stdout; a JSON or SARIF report there too would be unreadable.
  if (options.fix === 'dry-run' && (options.format === 'json' || options.format === 'sarif') && options.outputFile === undefined) {
    throw new UsageError(`--fix-dry-run prints a diff on stdout; write the ${options.format} report elsewhere with --output`);
  }
}

function applyFlag(options: CliOptions, name: OptionName): void {
  if (name === 'help') options.help = true;
  else if (name === 'version') options.version = true;
  else if (name === 'color') options.color = true;
  else if (name === 'no-color') options.color = false;
  else if (name === 'no-config') options.useConfigFiles = false;
  else if (name === 'force-exclude') options.forceExclude = true;
  else if (name === 'no-ignore') options.useGitignore = false;
  else if (name === 'quiet') options.quiet = true;
  else if (name === 'fix') options.fix = 'write';
  else if (name === 'fix-dry-run') options.fix = 'dry-run';
  else if (name === 'unsafe-fixes') options.unsafeFixes = true;
  else if (name === 'list-rules') options.listRules = true;
  else if (name === 'update-baseline') options.updateBaseline = true;
}

function applyValue(options: CliOptions, rules: Record<string, SeveritySetting>, name: OptionName, value: string, knownRuleIds: readonly string[]): void {
  switch (name) {
    case 'format':
      if (!(FORMAT_NAMES as readonly string[]).includes(value)) {
        throw new UsageError(`unknown format "${value}" (expected one of: ${FORMAT_NAMES.join(', ')})`);
      }
      options.format = value as FormatName;
      break;
    case 'output':
      if (value === '') throw new UsageError('option --output needs a file name');
      options.outputFile = value;
      break;
    case 'rule': {
      const [ruleId, severity] = parseRuleOverride(value, knownRuleIds);
      rules[ruleId] = severity;
      break;
    }
    case 'max-file-size':
      options.maxFileBytes = parseByteSize(value);
      break;
    case 'max-lint-time':
      options.maxLintMs = parseDuration(value);
      break;
    case 'config':
      options.configFile = nonEmpty(value, '--config');
      break;
    case 'baseline':
      options.baselineFile = nonEmpty(value, '--baseline');
      break;
    case 'max-warnings':
      if (!/^\d+$/.test(value.trim())) throw new UsageError(`--max-warnings needs a whole number of 0 or more, got "${value}"`);
      options.maxWarnings = Number(value.trim());
      break;
    case 'concurrency':
      options.concurrency = parseConcurrency(value);
      break;
    default:
      break;
  }
}

function nonEmpty(value: string, option: string): string {
  if (value === '') throw new UsageError(`option ${option} needs a file name`);
  return value;
}

function parseConcurrency(value: string): Concurrency {
  const text = value.trim().toLowerCase();
  if (text === 'auto' || text === 'off') return text;
  if (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 256) return Number(text);
  throw new UsageError(`--concurrency needs a number of threads (1 to 256), auto or off, got "${value}"`);
}

function parseRuleOverride(value: string, knownRuleIds: readonly string[]): [string, SeveritySetting] {
  const equals = value.indexOf('=');
  if (equals < 0) throw new UsageError(`--rule needs <id>=<severity>, got "${value}"`);
  const ruleId = value.slice(0, equals).trim();
  const severity = value.slice(equals + 1).trim();
  if (!knownRuleIds.includes(ruleId)) {
    throw new UsageError(`unknown rule "${ruleId}" in --rule ${value} (${suggestRuleId(ruleId, knownRuleIds)})`);
  }
  const setting = parseSeverity(severity);
  if (setting === undefined) {
    throw new UsageError(`unknown severity "${severity}" in --rule ${value} (expected one of: ${SEVERITY_SETTINGS.join(', ')}; warn means warning)`);
  }
  return [ruleId, setting];
}

/** `500`, `500ms`, `10s` into milliseconds; `0` means no limit. */
export function parseDuration(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/i.exec(value.trim());
  if (!match) throw new UsageError(`--max-lint-time needs a time such as 500ms or 10s (0: no limit), got "${value}"`);
  return Math.round(Number(match[1]) * (match[2]?.toLowerCase() === 's' ? 1000 : 1));
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2 };

/** `5000`, `512k`, `2m` (binary units, case-insensitive) into bytes. */
export function parseByteSize(value: string): number {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(value.trim());
  const unit = match ? SIZE_UNITS[match[2].toLowerCase()] : undefined;
  if (!match || unit === undefined || Number(match[1]) === 0) {
    throw new UsageError(`--max-file-size needs a positive size such as 500k or 2m, got "${value}"`);
  }
  const bytes = Number(match[1]) * unit;
  if (bytes > ENGINE_MAX_FILE_BYTES) {
    throw new UsageError(`--max-file-size can be at most ${ENGINE_MAX_FILE_BYTES / 1024 / 1024}m, the most the linter parses; got "${value}"`);
  }
  return bytes;
}
