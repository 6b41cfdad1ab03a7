/**
 * The `.internet-first.yaml` configuration file, shared by the CLI and the
 * language server: its text into a checked object (config-validate.ts checks
 * it against schemas/config.schema.json and what a schema cannot say), and a
 * chain of such files into the effective LintConfig for one file.
 * Pure: the callers find and read the files (server/src/config) and pass
 * paths as absolute, `/`-separated strings.
 */
import picomatch from 'picomatch/posix';
import { validateConfig } from './config-validate';
import { parseSeverity } from './severity-words';
import { LineIndex } from './line-index';
import { printable } from './printable';
import { parseText } from './parse';
import { convertDocument, type PointerEntry } from './schema/to-js';
import type { DeploymentContext, LintConfig, RuleSetting, SeveritySetting } from './types';

export { validateConfig } from './config-validate';

export type RuleSettings = Record<string, SeveritySetting | RuleSetting>;

export interface ConfigOverride {
  files: string[];
  excludedFiles?: string[];
  rules?: RuleSettings;
}

/** A configuration file's content once it has passed validation. */
export interface ConfigFile {
  root?: boolean;
  rules?: RuleSettings;
  overrides?: ConfigOverride[];
  include?: string[];
  exclude?: string[];
  manifests?: string[];
  /** Globs of files whose deployment context the team states (see deployment-context.ts). */
  context?: { local?: string[]; deployed?: string[] };
  allow?: string[];
  hostMap?: Record<string, string>;
}

/** A validated configuration and where its globs are rooted. */
export interface LoadedConfig {
  /** How messages name the file (e.g. relative to the working folder). */
  source: string;
  /** Absolute, `/`-separated folder that the globs are relative to (normally the file's own folder). */
  base: string;
  config: ConfigFile;
}

export interface ConfigProblem {
  /** The bad key as written in the file: `rules.insecure-url`, `overrides[0].files`; empty for the whole file. */
  path: string;
  /** JSON pointer of the same place, for tools. */
  pointer: string;
  message: string;
  /** The problem is the key itself (an unknown key or rule id) rather than its value. */
  onKey?: boolean;
  /** Where in the text, when the problem came from text (0-based line and UTF-16 column). */
  offset?: number;
  length?: number;
  line?: number;
  column?: number;
}

/** A configuration is a page of settings; a 4 MB one (200,000 globs) exhausted memory. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly source: string,
    readonly problems: ConfigProblem[],
  ) {
    // One line per problem: a file name or a quoted value with a line break in it is escaped, never a new line.
    super(`invalid configuration in ${printable(source)}:\n${problems.map((problem) => `  ${printable(describeProblem(problem))}`).join('\n')}`);
  }
}

function describeProblem(problem: ConfigProblem): string {
  const where = problem.line === undefined ? '' : `${problem.line + 1}:${(problem.column ?? 0) + 1}  `;
  return `${where}${problem.path === '' ? '' : `${problem.path}: `}${problem.message}`;
}

/**
 * Parses and validates the text of a configuration file; throws ConfigError
 * naming `source` and each bad key (with its line and column). `.json` files
 * may carry comments, as VS Code's own settings files do.
 */
export function parseConfigText(text: string, fileName: string, source: string = fileName): ConfigFile {
  if (text.length > MAX_CONFIG_BYTES)
    throw new ConfigError(source, [
      {
        path: '',
        pointer: '',
        message: `is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB, the most a configuration file may be`,
        offset: 0,
        length: 0,
        line: 0,
        column: 0,
      },
    ]);
  const parsed = parseText(text, /\.json$/i.test(fileName) ? 'jsonc' : 'yaml');
  const lines = new LineIndex(text);
  const at = (offset: number, length: number): Pick<ConfigProblem, 'offset' | 'length' | 'line' | 'column'> => {
    const { line, character } = lines.position(offset);
    return { offset, length, line, column: character };
  };
  const syntax = parsed.documents.flatMap((document) => document.problems);
  if (syntax.length > 0) {
    throw new ConfigError(
      source,
      syntax.map((problem) => ({ path: '', pointer: '', message: `syntax error: ${problem.message}`, ...at(problem.offset, problem.length) })),
    );
  }
  const documents = parsed.documents.filter((document) => document.root !== null);
  if (documents.length > 1)
    throw new ConfigError(source, [
      { path: '', pointer: '', message: 'holds several YAML documents; a configuration file has one', ...at(documents[1].offset, 0) },
    ]);
  if (documents.length === 0) return {};
  const conversion = convertDocument(documents[0]);
  if (!conversion.ok)
    throw new ConfigError(source, [
      { path: '', pointer: '', message: 'its aliases expand too far to be read', ...at(conversion.node.offset, conversion.node.length) },
    ]);
  const problems = validateConfig(conversion.value)
    .map((problem) => ({ ...problem, ...placeProblem(problem, conversion.pointers, at) }))
    .sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
  if (problems.length > 0) throw new ConfigError(source, problems);
  return withCanonicalSeverities(conversion.value as ConfigFile);
}

/** `warn` (accepted, as in ESLint) becomes `warning`, so nothing past the loader sees the synonym. */
function withCanonicalSeverities(config: ConfigFile): ConfigFile {
  const canonical = (rules: RuleSettings | undefined): void => {
    for (const [id, setting] of Object.entries(rules ?? {})) {
      if (typeof setting === 'string') rules![id] = parseSeverity(setting) ?? setting;
      else if (setting.severity !== undefined) setting.severity = parseSeverity(setting.severity) ?? setting.severity;
    }
  };
  canonical(config.rules);
  for (const override of config.overrides ?? []) canonical(override.rules);
  return config;
}

/** Unknown keys are placed on the key itself, anything else on the value (as in the editor). */
function placeProblem(
  problem: ConfigProblem,
  pointers: Map<string, PointerEntry>,
  at: (offset: number, length: number) => Partial<ConfigProblem>,
): Partial<ConfigProblem> {
  const entry = pointers.get(problem.pointer);
  const node = problem.onKey ? (entry?.key ?? entry?.node) : (entry?.node ?? entry?.key);
  if (node) return at(node.offset, node.length);
  const parent = pointers.get(problem.pointer.slice(0, problem.pointer.lastIndexOf('/')))?.node;
  return parent ? at(parent.offset, parent.length) : {};
}

// Resolution: which files a chain of configurations selects, and their config.

/** Where a file stands with respect to a configuration chain's include/exclude globs. */
export type FileSelection = 'included' | 'excluded' | 'not-included';

interface CompiledConfig {
  include?: PathMatcher;
  exclude?: PathMatcher;
  manifests?: PathMatcher;
  local?: PathMatcher;
  deployed?: PathMatcher;
  overrides: { files: PathMatcher; excludedFiles?: PathMatcher; rules: RuleSettings }[];
}

type PathMatcher = (relativePath: string) => boolean;

const compiledConfigs = new WeakMap<ConfigFile, CompiledConfig>();

function compiled(config: ConfigFile): CompiledConfig {
  let result = compiledConfigs.get(config);
  if (!result) {
    result = {
      include: config.include && globMatcher(config.include),
      exclude: config.exclude && globMatcher(config.exclude),
      manifests: config.manifests && globMatcher(config.manifests),
      local: config.context?.local && globMatcher(config.context.local),
      deployed: config.context?.deployed && globMatcher(config.context.deployed),
      overrides: (config.overrides ?? []).map((override) => ({
        files: globMatcher(override.files),
        excludedFiles: override.excludedFiles && globMatcher(override.excludedFiles),
        rules: override.rules ?? {},
      })),
    };
    compiledConfigs.set(config, result);
  }
  return result;
}

/**
 * One matcher for a list of globs. A pattern without `/` matches a name at any
 * depth (eslintrc's `overrides` convention); a leading `/` anchors it to the
 * base; a pattern matching a folder matches everything inside it, so `vendor`
 * and `deploy/legacy` need no `/**`.
 */
export function globMatcher(patterns: readonly string[]): PathMatcher {
  const matchers = patterns.map((raw) => {
    const anchored = raw.startsWith('/');
    let pattern = raw.replace(/^\.?\//, '');
    while (pattern.endsWith('/')) pattern = pattern.slice(0, -1); // not /\/+$/: quadratic on a run of slashes
    return picomatch(pattern, { dot: true, basename: !anchored && !pattern.includes('/') });
  });
  return (relativePath) => {
    const segments = relativePath.split('/');
    for (let end = 1; end <= segments.length; end++) {
      const candidate = segments.slice(0, end).join('/');
      if (matchers.some((matches) => matches(candidate))) return true;
    }
    return false;
  };
}

/** `path` relative to `base` (both absolute with `/`), or undefined when it is not inside it. */
export function relativeToBase(base: string, path: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

/**
 * Whether walking should lint a file (or enter a folder): excluded when any
 * configuration in the chain excludes it, otherwise not included when the
 * nearest configuration that sets `include` does not include it. Chains run
 * from the farthest configuration to the nearest.
 */
export function selectPath(chain: readonly LoadedConfig[], path: string, isFolder = false): FileSelection {
  for (const loaded of chain) {
    const relative = relativeToBase(loaded.base, path);
    if (relative !== undefined && compiled(loaded.config).exclude?.(relative)) return 'excluded';
  }
  if (isFolder) return 'included';
  const decider = [...chain].reverse().find((loaded) => loaded.config.include !== undefined);
  const relative = decider && relativeToBase(decider.base, path);
  if (decider && relative !== undefined && !compiled(decider.config).include!(relative)) return 'not-included';
  return 'included';
}

/**
 * The LintConfig for one file: rules of each configuration from the farthest
 * to the nearest, each followed by its matching overrides in order (so a
 * nearer file's `rules` beat a farther file's overrides, as in eslintrc);
 * `allow` accumulates, `hostMap` merges with nearer names winning.
 */
export function resolveConfig(chain: readonly LoadedConfig[], path: string): LintConfig {
  let rules: RuleSettings = {};
  const allow: string[] = [];
  let hostMap: Record<string, string> = {};
  let manifest = false;
  let context: DeploymentContext | undefined;
  for (const loaded of chain) {
    const relative = relativeToBase(loaded.base, path);
    const config = loaded.config;
    rules = mergeRuleSettings(rules, config.rules ?? {});
    if (relative !== undefined) {
      for (const override of compiled(config).overrides) {
        if (override.files(relative) && !override.excludedFiles?.(relative)) rules = mergeRuleSettings(rules, override.rules);
      }
      if (compiled(config).manifests?.(relative)) manifest = true;
      // Nearer files win; within one file `deployed` wins, the safer reading.
      if (compiled(config).deployed?.(relative)) context = { kind: 'deployed', reason: `${loaded.source} lists it under context.deployed` };
      else if (compiled(config).local?.(relative)) context = { kind: 'local', reason: `${loaded.source} lists it under context.local` };
    }
    for (const entry of config.allow ?? []) if (!allow.includes(entry)) allow.push(entry);
    hostMap = { ...hostMap, ...config.hostMap };
  }
  const result: LintConfig = {};
  if (Object.keys(rules).length > 0) result.rules = rules;
  if (allow.length > 0) result.allow = allow;
  if (Object.keys(hostMap).length > 0) result.hostMap = hostMap;
  if (manifest) result.manifest = true;
  if (context) result.context = context;
  return result;
}

/** `over` on top of `base`, rule by rule: a nearer file's severity wins. */
export function mergeRuleSettings(base: RuleSettings, over: RuleSettings): RuleSettings {
  const merged: RuleSettings = { ...base };
  for (const [id, setting] of Object.entries(over)) {
    const severity = typeof setting === 'string' ? setting : setting.severity;
    if (severity !== undefined) merged[id] = severity;
    else if (merged[id] === undefined) merged[id] = {};
  }
  return merged;
}
