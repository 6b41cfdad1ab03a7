/**
 * The `.internet-first.yaml` configuration file, shared by the CLI and the
 * language server: its text into a checked object (schemas/config.schema.json
 * plus what a schema cannot say: rule ids that exist, addresses that parse),
 * and a chain of such files into the effective LintConfig for one file.
 * Pure: the callers find and read the files (server/src/config) and pass
 * paths as absolute, `/`-separated strings.
 */
import Ajv, { type ErrorObject } from 'ajv';
import ipaddr from 'ipaddr.js';
import picomatch from 'picomatch/posix';
import configSchemaJson from '../../../schemas/config.schema.json';
import { LineIndex } from './line-index';
import { parseText } from './parse';
import { convertDocument, escapePointerToken, unescapePointerToken, type PointerEntry } from './schema/to-js';
import { getRule, ruleMetas } from './rules';
import type { LintConfig, RuleSetting, SeveritySetting } from './types';

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

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly source: string,
    readonly problems: ConfigProblem[],
  ) {
    super(`invalid configuration in ${source}:\n${problems.map((problem) => `  ${describeProblem(problem)}`).join('\n')}`);
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
  const parsed = parseText(text, /\.json$/i.test(fileName) ? 'jsonc' : 'yaml');
  const lines = new LineIndex(text);
  const at = (offset: number, length: number): Pick<ConfigProblem, 'offset' | 'length' | 'line' | 'column'> => {
    const { line, character } = lines.position(offset);
    return { offset, length, line, column: character };
  };
  const syntax = parsed.documents.flatMap((document) => document.problems);
  if (syntax.length > 0) {
    throw new ConfigError(source, syntax.map((problem) => ({ path: '', pointer: '', message: `syntax error: ${problem.message}`, ...at(problem.offset, problem.length) })));
  }
  const documents = parsed.documents.filter((document) => document.root !== null);
  if (documents.length > 1) throw new ConfigError(source, [{ path: '', pointer: '', message: 'holds several YAML documents; a configuration file has one', ...at(documents[1].offset, 0) }]);
  if (documents.length === 0) return {};
  const conversion = convertDocument(documents[0]);
  if (!conversion.ok) throw new ConfigError(source, [{ path: '', pointer: '', message: 'its aliases expand too far to be read', ...at(conversion.node.offset, conversion.node.length) }]);
  const problems = validateConfig(conversion.value)
    .map((problem) => ({ ...problem, ...placeProblem(problem, conversion.pointers, at) }))
    .sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
  if (problems.length > 0) throw new ConfigError(source, problems);
  return conversion.value as ConfigFile;
}

/** Unknown keys are placed on the key itself, anything else on the value (as in the editor). */
function placeProblem(problem: ConfigProblem, pointers: Map<string, PointerEntry>, at: (offset: number, length: number) => Partial<ConfigProblem>): Partial<ConfigProblem> {
  const entry = pointers.get(problem.pointer);
  const node = problem.onKey ? (entry?.key ?? entry?.node) : (entry?.node ?? entry?.key);
  if (node) return at(node.offset, node.length);
  const parent = pointers.get(problem.pointer.slice(0, problem.pointer.lastIndexOf('/')))?.node;
  return parent ? at(parent.offset, parent.length) : {};
}

let schemaValidator: ReturnType<Ajv['compile']> | undefined;

/** Every problem in a parsed configuration object, schema and meaning alike; empty when it is valid. */
export function validateConfig(value: unknown): ConfigProblem[] {
  schemaValidator ??= new Ajv({ allErrors: true, verbose: true, strict: true }).compile(configSchemaJson);
  const problems = schemaValidator(value) ? [] : (schemaValidator.errors ?? []).flatMap(describeSchemaError);
  // What a schema cannot say, checked on whatever parts have the right shape, so one run reports everything.
  const config = isMapping(value) ? value : {};
  problems.push(...unknownRules(config.rules, '/rules'));
  if (Array.isArray(config.overrides)) config.overrides.forEach((override, index) => problems.push(...unknownRules(isMapping(override) ? override.rules : undefined, `/overrides/${index}/rules`)));
  if (Array.isArray(config.allow)) {
    config.allow.forEach((entry, index) => {
      if (typeof entry === 'string' && entry !== '' && !isAllowEntry(entry)) problems.push(problem(`/allow/${index}`, `"${entry}" is not a host name, *.domain, IP address or CIDR range`));
    });
  }
  for (const [from, to] of Object.entries(isMapping(config.hostMap) ? config.hostMap : {})) {
    const pointer = `/hostMap/${escapePointerToken(from)}`;
    if (from !== '' && !isHostName(from) && !ipaddr.isValid(from)) problems.push(problem(pointer, `"${from}" is not a host name or IP address`, true));
    else if (typeof to === 'string' && to !== '' && !isHostName(to)) problems.push(problem(pointer, `"${to}" is not a host name`));
  }
  return dedupe(problems);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownRules(rules: unknown, pointer: string): ConfigProblem[] {
  if (!isMapping(rules)) return [];
  return Object.keys(rules)
    .filter((id) => getRule(id) === undefined)
    .map((id) => problem(`${pointer}/${escapePointerToken(id)}`, `unknown rule "${id}" (${suggestRule(id)})`, true));
}

/** "did you mean" for a near miss (up to 3 edits), else the list of rules. */
function suggestRule(id: string): string {
  const known = ruleMetas().map((meta) => meta.id);
  const near = known.map((candidate) => ({ candidate, distance: editDistance(id, candidate) })).sort((a, b) => a.distance - b.distance)[0];
  return near && near.distance <= 3 ? `did you mean "${near.candidate}"?` : `known rules: ${known.join(', ')}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

const HOST_NAME = /^(?=.{1,253}\.?$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/i;

function isHostName(text: string): boolean {
  return HOST_NAME.test(text) && !/^[\d.]+$/.test(text);
}

function isAllowEntry(entry: string): boolean {
  if (entry.includes('/')) {
    try {
      ipaddr.parseCIDR(entry);
      return true;
    } catch {
      return false;
    }
  }
  return ipaddr.isValid(entry) || isHostName(entry.startsWith('*.') ? entry.slice(2) : entry);
}

function problem(pointer: string, message: string, onKey = false): ConfigProblem {
  return { pointer, path: displayPath(pointer), message, ...(onKey ? { onKey } : {}) };
}

/** `/overrides/0/rules/insecure-url` -> `overrides[0].rules.insecure-url`; odd keys quoted. */
function displayPath(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .slice(1)
    .split('/')
    .map(unescapePointerToken)
    .map((token, index) => (/^\d+$/.test(token) ? `[${token}]` : /^[A-Za-z_$][\w$-]*$/.test(token) ? `${index === 0 ? '' : '.'}${token}` : `[${JSON.stringify(token)}]`))
    .join('');
}

const TYPE_WORDS: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', boolean: 'true or false' };

function describeSchemaError(error: ErrorObject): ConfigProblem[] {
  const here = error.instancePath;
  const got = describeValue(error.data);
  switch (error.keyword) {
    case 'additionalProperties': {
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const name = String(error.params.additionalProperty);
      return [problem(`${here}/${escapePointerToken(name)}`, `unknown key${known.length ? ` (expected one of: ${known.join(', ')})` : ''}`, true)];
    }
    case 'required':
      return [problem(here, `needs "${String(error.params.missingProperty)}"`)];
    case 'type':
      if (error.parentSchema === configSchemaJson.definitions.ruleSetting.else) {
        return [problem(here, `must be a severity (off, info, warning, error) or a mapping with "severity" and "options" (got ${got})`)];
      }
      return [problem(here, `must be ${TYPE_WORDS[String(error.params.type)] ?? String(error.params.type)} (got ${got})`)];
    case 'enum':
      return [problem(here, `must be one of ${(error.params.allowedValues as unknown[]).join(', ')} (got ${got})`)];
    case 'minItems':
      return [problem(here, 'must not be empty')];
    case 'minLength':
      return [problem(here, 'must not be empty')];
    case 'uniqueItems':
      return [problem(here, `lists the same entry twice (items ${Number(error.params.j) + 1} and ${Number(error.params.i) + 1})`)];
    case 'propertyNames':
      return [problem(here, 'has an empty key')];
    default:
      // `if` (its branch's own error says what is wrong) and propertyNames' inner errors add nothing.
      return error.keyword === 'if' || error.propertyName !== undefined ? [] : [problem(here, error.message ?? 'is not valid')];
  }
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((item) => !seen.has(item.pointer) && seen.add(item.pointer));
}

// ---------------------------------------------------------------------------
// Resolution: which files a chain of configurations selects, and their config.

/** Where a file stands with respect to a configuration chain's include/exclude globs. */
export type FileSelection = 'included' | 'excluded' | 'not-included';

interface CompiledConfig {
  include?: PathMatcher;
  exclude?: PathMatcher;
  manifests?: PathMatcher;
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
    const pattern = raw.replace(/^\.?\//, '').replace(/\/+$/, '');
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
  for (const loaded of chain) {
    const relative = relativeToBase(loaded.base, path);
    const config = loaded.config;
    rules = mergeRuleSettings(rules, config.rules ?? {});
    if (relative !== undefined) {
      for (const override of compiled(config).overrides) {
        if (override.files(relative) && !override.excludedFiles?.(relative)) rules = mergeRuleSettings(rules, override.rules);
      }
      if (compiled(config).manifests?.(relative)) manifest = true;
    }
    for (const entry of config.allow ?? []) if (!allow.includes(entry)) allow.push(entry);
    hostMap = { ...hostMap, ...config.hostMap };
  }
  const result: LintConfig = {};
  if (Object.keys(rules).length > 0) result.rules = rules;
  if (allow.length > 0) result.allow = allow;
  if (Object.keys(hostMap).length > 0) result.hostMap = hostMap;
  if (manifest) result.manifest = true;
  return result;
}

/**
 * `over` on top of `base`, rule by rule: a severity replaces the severity and
 * keeps the options; options replace options and keep the severity.
 */
export function mergeRuleSettings(base: RuleSettings, over: RuleSettings): RuleSettings {
  const merged: RuleSettings = { ...base };
  for (const [id, setting] of Object.entries(over)) {
    const before = typeof merged[id] === 'string' ? { severity: merged[id] as SeveritySetting } : ((merged[id] as RuleSetting | undefined) ?? {});
    const next = typeof setting === 'string' ? { severity: setting } : setting;
    const severity = next.severity ?? before.severity;
    const options = next.options ?? before.options;
    merged[id] = options === undefined && severity !== undefined ? severity : { ...(severity !== undefined ? { severity } : {}), ...(options !== undefined ? { options } : {}) };
  }
  return merged;
}
