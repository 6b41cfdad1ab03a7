/**
 * Every TLS setting in a file, found once per lint and shared by the three
 * TLS rules: keys (`ssl: false`, `server.ssl.enabled`, env entries), and
 * settings inside values (connection strings, URL queries, `-D` options,
 * flags, nginx directives). Each keeps the exact range of its value so that a
 * finding underlines it and a later quick fix can rewrite it in place.
 */
import type { AnalysisKey, LintFile, ScalarVisit } from '../context';
import { visitKey } from '../visits';
import { isTemplated } from '../templates';
import { readFlag, type Flag } from './booleans';
import { besideClusterService, besideLocalHosts, describesUrl, inDisabledBlock, onKafkaBroker, onlyLocalTargets } from './exemptions';
import { keyPath, settingName, type KeyPath } from './key-path';
import { classifyKnob, type Knob } from './knobs';
import { findParameters, type EmbeddedParameter } from './parameters';
import { assignmentPrefix, keyElements, keyNodeOf } from './places';
import { EndpointSiblings } from './endpoint-siblings';
import { verboseRegex } from '../verbose-regex';

export type SettingOrigin = 'key' | 'pair' | 'flag' | 'directive';

export interface Span {
  offset: number;
  length: number;
}

export interface TlsSetting {
  knob: Knob;
  origin: SettingOrigin;
  visit: ScalarVisit;
  /** The setting's name as written: `ssl`, `server.ssl.enabled`, `Encrypt`, `insecure-skip-tls-verify`. */
  setting: string;
  /** The value: typed for keys (`false`, `0`, `null`), the text for settings inside strings. */
  value: string | number | boolean | null;
  /** The value as written, without quotes (`False`, `1.0`, `disable`); empty for an empty value. */
  text: string;
  /** How the setting reads in the file, for messages: `ssl: false`, `Encrypt=False`, `--kubelet-insecure-tls`. */
  written: string;
  /** Between name and value in this notation: `: ` for keys, `=` inside strings and for `NAME=value` list items. */
  separator: string;
  /** What a finding underlines: the value (of a key or of `name=value`), else the key, `name=` or the flag. */
  span: Span;
  /** File offsets of `[start, end)` of `text` (a whole non-string value maps to its node). */
  locate(start?: number, end?: number): Span;
  /** The value is a placeholder (`${SSL_ENABLED:false}`) and `value`/`text` are its default: the variable's name. */
  placeholder?: string;
}

/** Kept with the file (LintFile.analysis), not in a WeakMap: the settings hold the file's tree. */
const SETTINGS: AnalysisKey<TlsSetting[]> = { name: 'TLS settings' };

/** Roles whose values are never settings: descriptions, examples, identifiers. */
const SILENT_ROLES = new Set(['prose', 'identifier']);

export function tlsSettings(file: LintFile): TlsSetting[] {
  return file.analysis(SETTINGS, collect);
}

/**
 * Cheap first looks, so that the knob table only sees keys and values that
 * could hold a TLS setting (most scalars are names, images and URLs).
 */
const KEY_HINT = verboseRegex('i')`
  tls|ssl|secur|verif|encrypt|protocol|version|ver$|insecure|trust|redirect|https|cert|unauthori|mode|enable|transit|host_?name|identification
  |factory|reqs|valid|check`;
const VALUE_HINT = /tls|ssl|secur|verif|encrypt|protocol|trust|insecure|cert|unauthori|https/i;

function collect(file: LintFile): TlsSetting[] {
  const settings: TlsSetting[] = [];
  let endpoints: EndpointSiblings | undefined;
  const scalars = file.scalars();
  for (let i = 0; i < scalars.length; i++) {
    const visit = scalars[i];
    if (SILENT_ROLES.has(visit.role)) continue;
    const key = mayNameSetting(visit.key ?? '') ? fromKey(file, visit) : undefined;
    if (key) {
      endpoints ??= new EndpointSiblings(file.scalars());
      if (!exempt(file, key, endpoints)) settings.push(key);
    } else if (typeof visit.node.value === 'string' && VALUE_HINT.test(visit.node.value)) settings.push(...fromValue(file, visit));
  }
  return settings;
}

/** KEY_HINT by key, remembered: every scalar's key is asked and files repeat their keys (bounded: cleared when full). */
const KEY_HINTS = new Map<string, boolean>();

function mayNameSetting(key: string): boolean {
  if (key.length > KNOB_MEMO_KEY_LENGTH) return KEY_HINT.test(key);
  let hint = KEY_HINTS.get(key);
  if (hint === undefined) {
    if (KEY_HINTS.size >= KNOB_MEMO_ENTRIES) KEY_HINTS.clear();
    hint = KEY_HINT.test(key);
    KEY_HINTS.set(key, hint);
  }
  return hint;
}

/** A key setting that does not matter here (see exemptions.ts). */
function exempt(file: LintFile, setting: TlsSetting, endpoints: EndpointSiblings): boolean {
  const visit = setting.visit;
  if (inDisabledBlock(visit) || describesUrl(visit) || besideClusterService(visit)) return true;
  if (setting.knob.kind === 'kafka-protocol' && onKafkaBroker(visit)) return true;
  const siblings = endpoints.of(visit);
  // With no endpoint beside it there is no host to judge by: besideLocalHosts would say no, so the key's words are not split.
  return siblings.length > 0 && besideLocalHosts(file, visit, subjectWords(setting), siblings);
}

/** The words of the key before the knob's name: `MHS_SDS_REDIS` in `MHS_SDS_REDIS_DISABLE_TLS`; none for `ssl`. */
function subjectWords(setting: TlsSetting): string[] {
  const path = keyPath(keyElements(setting.visit));
  const last = path.segments[path.segments.length - 1];
  const subject = last && setting.knob.start > last.start ? path.words.slice(last.start, setting.knob.start) : [];
  // Spring's pass-through `SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL` is about `SPRING_KAFKA_BOOTSTRAP_SERVERS`.
  while (subject.length > 0 && PASS_THROUGH.has(subject[subject.length - 1])) subject.pop();
  return subject;
}

const PASS_THROUGH = new Set(['properties', 'props', 'config', 'configuration', 'settings', 'options']);

/**
 * The knob a scalar's key path names, if any. Depends on the visit's path and
 * key alone, so it is kept by visit key (visits.ts): a document whose text did
 * not change is not classified again, even when typing above it moved it.
 */
const keyKnobs = new WeakMap<object, { path: KeyPath; knob: Knob } | null>();

function keyKnob(visit: ScalarVisit): { path: KeyPath; knob: Knob } | null {
  let found = keyKnobs.get(visitKey(visit));
  if (found === undefined) {
    found = knobOfElements(keyElements(visit));
    keyKnobs.set(visitKey(visit), found);
  }
  return found;
}

/**
 * The knob of a path of keys, remembered by the keys: a pure function of them,
 * and files repeat the same key paths (a fresh parse makes new visits, so the
 * memo by visit above only serves a document the parse cache kept). Bounded:
 * cleared when full; long paths are not kept. Callers only read the result.
 */
const KNOBS_BY_KEYS = new Map<string, { path: KeyPath; knob: Knob } | null>();
const KNOB_MEMO_ENTRIES = 10_000;
const KNOB_MEMO_KEY_LENGTH = 256;

function knobOfElements(elements: readonly string[]): { path: KeyPath; knob: Knob } | null {
  const memoKey = elementsKey(elements);
  let found = memoKey === undefined ? undefined : KNOBS_BY_KEYS.get(memoKey);
  if (found === undefined) {
    const path = elements.length === 0 ? undefined : keyPath(elements);
    const knob = path && classifyKnob(path, 'key');
    found = path && knob ? { path, knob } : null;
    if (memoKey !== undefined) {
      if (KNOBS_BY_KEYS.size >= KNOB_MEMO_ENTRIES) KNOBS_BY_KEYS.clear();
      KNOBS_BY_KEYS.set(memoKey, found);
    }
  }
  return found;
}

/** The keys joined by NUL, which no kept key contains (so two paths never share a memo key); undefined when not kept. */
function elementsKey(elements: readonly string[]): string | undefined {
  let length = 0;
  for (const element of elements) {
    length += element.length + 1;
    if (length > KNOB_MEMO_KEY_LENGTH || element.includes('\u0000')) return undefined;
  }
  return elements.join('\u0000');
}

function fromKey(file: LintFile, visit: ScalarVisit): TlsSetting | undefined {
  const found = keyKnob(visit);
  if (!found) return undefined;
  const { path, knob } = found;
  const node = visit.node;
  const raw = node.value;
  const prefix = assignmentPrefix(visit);
  let value = typeof raw === 'string' ? raw.slice(prefix) : raw;
  let offset = prefix;
  let placeholder: string | undefined;
  if (typeof value === 'string' && isTemplated(value)) {
    // Only a switch's default is read (`${VERIFY_TLS:-false}`): a version or mode placeholder says too little.
    const fallback = SWITCH_KINDS.has(knob.kind) ? placeholderDefault(value) : undefined;
    if (!fallback) return undefined;
    placeholder = fallback.variable;
    offset += fallback.start;
    value = fallback.text;
  }
  const text = typeof raw === 'string' ? (value as string) : raw === null ? '' : file.text.slice(node.offset, node.offset + node.length);
  // A generic version key (`apiVersion`, `version`) is a TLS setting only if its value names a TLS or SSL version.
  if (knob.kind === 'tls-version' && !knob.tlsContext && !/tls|ssl/i.test(text)) return undefined;
  const locate = (start = 0, end = text.length): Span => {
    if (typeof raw !== 'string') return { offset: node.offset, length: node.length };
    return file.locate(node, offset + start, offset + end);
  };
  let span = locate();
  // An empty value: underline `""`, or the key when nothing follows `key:`.
  if (span.length === 0) {
    const keyNode = node.length > 0 ? node : keyNodeOf(visit);
    if (keyNode) span = { offset: keyNode.offset, length: keyNode.length };
  }
  const setting = settingName(path, knob.start);
  const separator = prefix > 0 ? '=' : ': ';
  const written = `${setting}${separator}${placeholder ? String(raw).slice(prefix) : text || '(empty)'}`;
  return { knob, origin: 'key', visit, setting, value, text, written, separator, span, locate, placeholder };
}

/** Switches whose placeholder default is read: on/off, verify/skip. */
const SWITCH_KINDS = new Set([
  'tls-switch',
  'tls-required-switch',
  'tls-off-switch',
  'verify-switch',
  'skip-verify-switch',
  'hostname-switch',
  'hostname-skip-switch',
  'process-verify',
]);

/**
 * The default of a value that is one placeholder with a default: Spring
 * `${SSL_ENABLED:false}`, shell and Compose `${VERIFY_TLS:-false}` and
 * `${VERIFY_TLS-false}`. The program sees the default unless the variable is
 * set, so a default that turns TLS off is worth saying, more quietly.
 */
function placeholderDefault(value: string): { variable: string; text: string; start: number } | undefined {
  const match = /^\$\{([A-Za-z_][\w.]*)(:-|:|-)([^{}$]*)\}$/.exec(value.trim());
  if (!match || match[3] === '') return undefined;
  return { variable: match[1], text: match[3], start: value.indexOf(match[0]) + 2 + match[1].length + match[2].length };
}

/** Flags switch checking off just by being there; a flag never turns TLS on by its absence. */
const FLAG_KINDS = new Set(['skip-verify-switch', 'hostname-skip-switch', 'tls-off-switch']);

function fromValue(file: LintFile, visit: ScalarVisit): TlsSetting[] {
  const raw = visit.node.value as string;
  const prefix = assignmentPrefix(visit);
  const parameters = findParameters(raw.slice(prefix));
  if (parameters.length === 0) return [];
  const settings: TlsSetting[] = [];
  for (const parameter of parameters) {
    const knob = classifyKnob(keyPath([parameter.name]), parameter.style === 'flag' ? 'flag' : 'parameter');
    if (!knob || !fits(parameter, knob) || isTemplated(parameter.value)) continue;
    settings.push(embedded(file, visit, parameter, knob, prefix));
  }
  // A connection string to this machine or a cluster-internal service: east–west, out of scope.
  if (settings.length > 0 && onlyLocalTargets(file, visit)) return [];
  return settings;
}

function fits(parameter: EmbeddedParameter, knob: Knob): boolean {
  if (parameter.style === 'flag') return FLAG_KINDS.has(knob.kind);
  if (parameter.style === 'directive') return knob.kind === 'tls-version';
  return true;
}

function embedded(file: LintFile, visit: ScalarVisit, parameter: EmbeddedParameter, knob: Knob, prefix: number): TlsSetting {
  const node = visit.node;
  const flag = parameter.style === 'flag';
  const text = flag ? 'true' : parameter.value;
  const locate = (start = 0, end = parameter.value.length): Span =>
    file.locate(node, prefix + parameter.valueStart + start, prefix + parameter.valueStart + end);
  const written =
    parameter.style === 'flag'
      ? `--${parameter.name}`
      : parameter.style === 'directive'
        ? `${parameter.name} ${parameter.value}`
        : `${parameter.name}=${parameter.value}`;
  // The value is what is wrong (`Encrypt=False` underlines `False`); an empty value (`algorithm=`) underlines the setting.
  const from = prefix + parameter.start - (flag ? 2 : 0);
  const span = parameter.value.length > 0 ? locate() : file.locate(node, from, prefix + parameter.end);
  const separator = parameter.style === 'directive' ? ' ' : '=';
  return { knob, origin: parameter.style, visit, setting: parameter.name, value: text, text, written, separator, span, locate };
}

/** The switch a setting's value sets, read as the program behind it would (see booleans.ts). */
export function flagOf(setting: TlsSetting): Flag | undefined {
  return readFlag(setting.value, setting.text);
}
