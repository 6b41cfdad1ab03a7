/**
 * Validation of a configuration object: schemas/config.schema.json through
 * ajv, each error translated by schema/ajv-errors.ts (as the manifest's are)
 * and worded here for a person to act on (the key as written, what was
 * expected, what was found), plus what a schema cannot
 * say: rule ids that exist (with a "did you mean"), allow entries the
 * matcher can use (net/allow.ts reads them for both, so none is silently
 * ignored), hostMap keys the fix can match (net/host-map.ts, likewise) and
 * host names as the rules read them (net/hostname.ts). Used by
 * parseConfigText, and by callers that get the object elsewhere (editor
 * settings).
 */
import type { ErrorObject } from 'ajv';
import ipaddr from 'ipaddr.js';
import configSchemaJson from '../../../schemas/config.schema.json';
import type { ConfigProblem } from './config';
import { translateAjvError, type SchemaErrorId } from './schema/ajv-errors';
import { configValidator } from './schema/validators';
import { formatMessage } from './rule';
import { displayPath, escapePointerToken } from './schema/pointer';
import { parseAddress } from './net/address';
import { parseAllowEntry } from './net/allow';
import { parseHostMapKey } from './net/host-map';
import { isHostnameSyntax } from './net/hostname';
import { getRule, ruleMetas } from './rules';
import { suggestRuleId } from './severity-words';

/** A problem before its path is written out: the path is read off the whole value at the end (pointer.ts). */
type Unplaced = Omit<ConfigProblem, 'path'>;

/** Every problem in a parsed configuration object, schema and meaning alike; empty when it is valid. */
export function validateConfig(value: unknown): ConfigProblem[] {
  const problems: Unplaced[] = configValidator(value) ? [] : (configValidator.errors ?? []).flatMap((error) => describeSchemaError(error, value));
  // What a schema cannot say, checked on whatever parts have the right shape, so one run reports everything.
  const config = isMapping(value) ? value : {};
  problems.push(...unknownRules(config.rules, '/rules'));
  if (Array.isArray(config.overrides))
    config.overrides.forEach((override, index) =>
      problems.push(...unknownRules(isMapping(override) ? override.rules : undefined, `/overrides/${index}/rules`)),
    );
  if (Array.isArray(config.allow)) {
    config.allow.forEach((entry, index) => {
      if (typeof entry === 'string' && entry !== '' && !isAllowEntry(entry))
        problems.push(problem(`/allow/${index}`, `"${entry}" is not a host name, *.domain, IP address or CIDR range${looseIPv4(entry)}`));
    });
  }
  for (const [from, to] of Object.entries(isMapping(config.hostMap) ? config.hostMap : {})) {
    const pointer = `/hostMap/${escapePointerToken(from)}`;
    if (from !== '' && !parseHostMapKey(from)) problems.push(problem(pointer, `"${from}" is not a host name or IP address${looseIPv4(from)}`, true));
    else if (typeof to === 'string' && to !== '' && !isHostName(to)) problems.push(problem(pointer, `"${to}" is not a host name`));
  }
  problems.push(...globProblems(config));
  return dedupe(problems).map((item) => ({ ...item, path: displayPath(value, item.pointer) }));
}

/** Bounds on globs: picomatch backtracks on many stars in one segment (`*a*a*a*a*ab` hung for minutes on a long name). */
const MAX_GLOBS = 1000;
const MAX_GLOB_LENGTH = 1000;
const MAX_STARS_PER_SEGMENT = 3;

function globProblems(config: Record<string, unknown>): Unplaced[] {
  const lists: Array<[string, unknown]> = [
    ['/include', config.include],
    ['/exclude', config.exclude],
    ['/manifests', config.manifests],
  ];
  if (Array.isArray(config.overrides)) {
    config.overrides.forEach((override, index) => {
      if (isMapping(override)) lists.push([`/overrides/${index}/files`, override.files], [`/overrides/${index}/excludedFiles`, override.excludedFiles]);
    });
  }
  const problems: Unplaced[] = [];
  for (const [pointer, list] of lists) {
    if (!Array.isArray(list)) continue;
    if (list.length > MAX_GLOBS) problems.push(problem(pointer, `holds ${list.length} globs; at most ${MAX_GLOBS} are read`));
    list.slice(0, MAX_GLOBS).forEach((glob, index) => {
      if (typeof glob !== 'string') return;
      if (glob.length > MAX_GLOB_LENGTH)
        problems.push(problem(`${pointer}/${index}`, `is ${glob.length} characters long; a glob may have at most ${MAX_GLOB_LENGTH}`));
      else if (glob.split('/').some((segment) => segment !== '**' && segment.split('*').length - 1 > MAX_STARS_PER_SEGMENT)) {
        problems.push(problem(`${pointer}/${index}`, `"${glob}" has more than ${MAX_STARS_PER_SEGMENT} * in one path segment, which makes matching too slow`));
      }
    });
  }
  return problems;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownRules(rules: unknown, pointer: string): Unplaced[] {
  if (!isMapping(rules)) return [];
  return Object.keys(rules)
    .filter((id) => getRule(id) === undefined)
    .map((id) => problem(`${pointer}/${escapePointerToken(id)}`, `unknown rule "${id}" (${suggestRule(id)})`, true));
}

/** "did you mean" for a near miss, else the list of rules. */
function suggestRule(id: string): string {
  return suggestRuleId(
    id,
    ruleMetas().map((meta) => meta.id),
  );
}

/** A name as the rules read one (net/hostname.ts), not an address. */
function isHostName(text: string): boolean {
  return isHostnameSyntax(text) && !parseAddress(text);
}

/** Usable by the matcher (one reader for both: allow.ts), and a name that is a host name. */
function isAllowEntry(text: string): boolean {
  const entry = parseAllowEntry(text);
  if (entry === undefined) return false;
  return entry.kind === 'range' || isHostName(text.startsWith('*.') ? text.slice(2) : text);
}

/** ipaddr.js and URL parsers read `167772161`, `10.1`, `0xa.0.0.1` as IPv4; the matcher reads only a.b.c.d, so say how to write it. */
function looseIPv4(entry: string): string {
  const address = entry.split('/')[0].trim();
  return ipaddr.IPv4.isValid(address) && !parseAddress(address)
    ? ` (write an IPv4 address as four decimal numbers: ${ipaddr.IPv4.parse(address).toString()})`
    : '';
}

function problem(pointer: string, message: string, onKey = false): Unplaced {
  return { pointer, message, ...(onKey ? { onKey } : {}) };
}

/**
 * The config's own words for each schema error (ajv-errors.ts gives the id and
 * data): short, as they follow the key's path ("rules.x: must be …"). A rule
 * setting that is neither a severity nor a mapping gets its own sentence, as
 * a schema's if/else cannot say "one of these two".
 */
const CONFIG_MESSAGES: Record<SchemaErrorId | 'ruleSetting', string> = {
  unknownProperty: 'unknown key (expected one of: {known})',
  missingProperty: 'needs "{property}"',
  const: 'must be "{expected}" (got {given})',
  enum: 'must be {allowed} (got {given})',
  type: 'must be {expected} (got {given})',
  ruleSetting: 'must be a severity (off, info, warning or warn, error) or a mapping with "severity" (got {given})',
  format: 'must be {expected}',
  pattern: '{hint}',
  empty: 'must not be empty',
  tooLong: 'must be at most {limit} characters long',
  tooSmall: 'must be at least {limit}',
  duplicate: 'repeats {value}, which the list already holds',
};

function describeSchemaError(error: ErrorObject, root: unknown): Unplaced[] {
  const translated = translateAjvError(error, root, { subject: 'The configuration', object: 'a mapping' });
  if (!translated) return [];
  const ruleSetting = translated.id === 'type' && isRuleSettingMapping(error.parentSchema);
  const message = formatMessage(CONFIG_MESSAGES[ruleSetting ? 'ruleSetting' : translated.id], translated.data);
  return [problem(translated.pointer, message, translated.onKey)];
}

/** The generated validator holds its own copy of the schema (schema/validators.ts), so the branch is recognised by content. */
const RULE_SETTING_MAPPING = JSON.stringify(configSchemaJson.definitions.ruleSetting.else);

function isRuleSettingMapping(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && JSON.stringify(schema) === RULE_SETTING_MAPPING;
}

function dedupe(problems: Unplaced[]): Unplaced[] {
  const seen = new Set<string>();
  return problems.filter((item) => !seen.has(item.pointer) && seen.add(item.pointer));
}
