/**
 * Raising a protocol-version setting to TLS 1.2 in its own notation:
 * `TLSv1.1` → `TLSv1.2`, `TLS1_0` → `TLS1_2` (Azure), `TLS_1_0` → `TLS_1_2`
 * (GCP), `VersionTLS10` → `VersionTLS12` (Go), `Tls11` / `Tls` / `Ssl3` →
 * `Tls12` (.NET), `TLSv1_1` → `TLSv1_2` (Envoy), `PROTOCOL_TLSv1` →
 * `PROTOCOL_TLSv1_2` (Python), `TLSv1_method` → `TLSv1_2_method` (Node),
 * `TLSv1_2016` → `TLSv1.2_2021` (CloudFront), `"1.0"` → `"1.2"`.
 *
 * A list of protocols (two or more versions: `ssl_protocols TLSv1 TLSv1.1`,
 * `TLSv1.1,TLSv1.2`, `[Tls, Tls11]`) becomes TLS 1.2 and 1.3 in the list's
 * notation and separator; its other words (`-all`, `+`) stay.
 */
import type { ProposedFix, RuleContext } from '../rule';
import type { ScalarNode } from '../parse/tree';
import type { TextEdit } from '../types';
import { findWeakVersions, type TlsSetting } from '../tls';
import type { VersionContext } from '../tls/versions';
import { nodeAt } from '../tls/places';
import { removeItems } from './remove';
import { sameCase } from './tls-settings';

interface Token {
  start: number;
  end: number;
}

/** TLS 1.2 and 1.3 spellings, for finding a list's other entries. */
const STRONG = /(?<![A-Za-z0-9_.!-])[+]?((?:PROTOCOL_|Version)?TLS[ _-]?v?1[._]?[23](?:_method|_20\d\d)?)(?![A-Za-z0-9_]|[.-][0-9])/gi;
const STRUCTURED = /^(PROTOCOL_|Version)?(TLS|SSL)([ _-]?)(v?)(\d)(?:([._]?)(\d))?(_method|_20\d\d)?$/i;

/** The weak version written as TLS 1.`minor` in the same notation. */
export function raiseVersion(weak: string, minor: 2 | 3): string {
  const bare = /^1([._])[01]$/.exec(weak);
  if (bare) return `1${bare[1]}${minor}`;
  if (/^tls$/i.test(weak)) return `${weak}1${minor}`; // .NET `Tls` → `Tls12`
  if (/^default$/i.test(weak)) return `${sameCase('tls', weak)}1${minor}`; // .NET `Default` (SSL 3.0 and TLS 1.0)
  const match = STRUCTURED.exec(weak);
  if (!match) return `TLSv1.${minor}`;
  const [, prefix = '', protocol, gap, v, , minorSeparator, minorDigit, suffix = ''] = match;
  const tls = sameCase('tls', protocol);
  if (/^_20\d\d$/.test(suffix)) return `${tls}v1.2_2021`; // CloudFront's current policy names
  let separator = minorSeparator ?? '';
  if (minorDigit === undefined) {
    if (suffix === '_method' || /^PROTOCOL_$/i.test(prefix)) separator = '_';
    else if (!v && /^[A-Z][a-z]+$/.test(protocol))
      separator = ''; // .NET `Tls`, `Ssl3`
    else separator = '.';
  }
  return `${prefix}${tls}${gap}${v}1${separator}${minor}${suffix}`;
}

function versionContext(setting: TlsSetting): VersionContext {
  return { tlsContext: setting.knob.tlsContext === true, dotnet: setting.knob.dotnet === true };
}

/** Every version in a value, weak and strong, in order. */
function versionTokens(text: string, context: VersionContext): Token[] {
  const tokens: Token[] = findWeakVersions(text, context).map(({ start, end }) => ({ start, end }));
  for (const match of text.matchAll(STRONG)) {
    const start = match.index! + match[0].length - match[1].length;
    tokens.push({ start, end: start + match[1].length });
  }
  if (context.tlsContext || context.dotnet) {
    for (const match of text.matchAll(/(?<![\w.])(1[._][23]|Tls1[23])(?![\w.])/g)) {
      if (!tokens.some((token) => token.start <= match.index! && match.index! < token.end))
        tokens.push({ start: match.index!, end: match.index! + match[0].length });
    }
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** The fix for one weak version of a setting; every weak version of a list gets the same fix. */
export function weakVersionFix(context: RuleContext, setting: TlsSetting, weak: { start: number; end: number }): ProposedFix<'raiseVersion'> | undefined {
  const listed = listItems(context, setting);
  if (listed) return listed;
  const text = setting.text;
  const version = text.slice(weak.start, weak.end);
  const tokens = versionTokens(text, versionContext(setting));
  if (tokens.length < 2) {
    const raised = raiseVersion(version, 2);
    const span = exactSpan(context, setting, weak.start, weak.end);
    return span && { title: `Raise to ${raised}`, edits: [{ ...span, newText: raised }], kind: 'raiseVersion' };
  }
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const separator = text.slice(first.end, tokens[1].start);
  const firstWeak = text.slice(...firstWeakRange(setting, tokens));
  const list = `${raiseVersion(firstWeak, 2)}${separator}${raiseVersion(firstWeak, 3)}`;
  const span = exactSpan(context, setting, first.start, last.end);
  return span && { title: `Allow only ${list}`, edits: [{ ...span, newText: list }], kind: 'raiseVersion' };
}

/** Where `[start, end)` of the value is in the file, if it can be placed exactly (never the whole node instead). */
function exactSpan(context: RuleContext, setting: TlsSetting, start: number, end: number): { offset: number; length: number } | undefined {
  const span = setting.locate(start, end);
  return context.file.text.slice(span.offset, span.offset + span.length) === setting.text.slice(start, end) ? span : undefined;
}

function firstWeakRange(setting: TlsSetting, tokens: Token[]): [number, number] {
  const weak = findWeakVersions(setting.text, versionContext(setting))[0] ?? tokens[0];
  return [weak.start, weak.end];
}

/**
 * A setting that is one item of a list of versions (`protocols: [TLSv1,
 * TLSv1.1, TLSv1.2]`): the list's versions become TLS 1.2 and 1.3, item by
 * item (quotes kept), and any further version items go. A one-item list is
 * treated as a single value (undefined here).
 */
function listItems(context: RuleContext, setting: TlsSetting): ProposedFix<'raiseVersion'> | undefined {
  const visit = setting.visit;
  const index = visit.path[visit.path.length - 1];
  if (typeof index !== 'number' || setting.origin !== 'key') return undefined;
  const list = nodeAt(visit.document.root, visit.path.slice(0, -1));
  if (list?.kind !== 'seq') return undefined;
  const vcontext = versionContext(setting);
  const versions = list.items.flatMap((item, position) => (item.kind === 'scalar' && isOneVersion(context, item, vcontext) ? [{ item, position }] : []));
  if (versions.length < 2) return undefined;
  const firstWeak = versions.map(({ item }) => itemText(context, item)).find((text) => findWeakVersions(text, vcontext).length > 0);
  if (!firstWeak) return undefined;
  const wanted = [raiseVersion(firstWeak, 2), raiseVersion(firstWeak, 3)];
  const edits: TextEdit[] = [];
  versions.slice(0, wanted.length).forEach(({ item }, at) => {
    if (itemText(context, item) !== wanted[at]) edits.push({ offset: item.contentOffset, length: itemText(context, item).length, newText: wanted[at] });
  });
  const extra = versions.slice(wanted.length).map(({ position }) => position);
  if (extra.length > 0) {
    const removal = removeItems(context.file.text, visit.document, list, extra);
    if (!removal) return undefined;
    edits.push(...removal);
  }
  return { title: `Allow only ${wanted.join(' and ')}`, edits, kind: 'raiseVersion' };
}

/** The item as written inside its quotes. */
function itemText(context: RuleContext, item: ScalarNode): string {
  return context.file.text.slice(item.contentOffset, item.offset + item.length - (item.contentOffset - item.offset));
}

function isOneVersion(context: RuleContext, item: ScalarNode, vcontext: VersionContext): boolean {
  if (typeof item.value === 'string' && !item.verbatim) return false;
  const text = itemText(context, item);
  const tokens = versionTokens(text, vcontext);
  return tokens.length === 1 && tokens[0].start === 0 && tokens[0].end === text.length;
}
