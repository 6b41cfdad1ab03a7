/**
 * The internet name that replaces a private, legacy or HSCN-only host, when
 * one is known rather than guessed:
 * - the config file's `hostMap` (`pds.hscni.net: api.service.nhs.uk`,
 *   `10.20.0.5: api.example.nhs.uk`): the team's choice, but never safe: a
 *   workspace file can map an endpoint to any host, so the fix is unsafe and
 *   its title names the host it writes;
 * - in a service manifest, for the service's own endpoint URLs, the names it
 *   declares in `spec.publicDnsNames`: one declared name is the answer
 *   (unsafe: the public name may reach the service by another path); of
 *   several, one sharing the host's first label (`api.corp` →
 *   `api.example.nhs.uk`) is a guess, display-only.
 * Nothing else: a private address or name has no derivable public name.
 */
import type { LintFile, ScalarVisit } from '../context';
import type { FixKind, ProposedFix, RuleContext } from '../rule';
import type { NetworkTarget } from '../targets';
import { normalHostName, parseHostMapKey } from '../net/host-map';
import { isHostnameSyntax } from '../net/hostname';
import { getValue, stringValue } from '../parse/tree';

/** The fix kinds of hostFix, declared by every rule that offers it. */
export type InternetNameFix = 'hostMap' | 'publicDnsName' | 'publicDnsNameGuess';

export const INTERNET_NAME_FIXES: Record<InternetNameFix, FixKind> = {
  hostMap: {
    applicability: 'unsafe',
    reason: "The config file's `hostMap` can map an endpoint to any host, so the new host is checked by a person, never applied by `--fix` alone.",
  },
  publicDnsName: {
    applicability: 'unsafe',
    reason: "The manifest's one public DNS name may reach the service by another route (load balancer, firewall, certificate) than the address it replaces.",
  },
  publicDnsNameGuess: {
    applicability: 'display-only',
    reason: "Of several public DNS names, the one sharing the host's first label is a guess for a person to confirm.",
  },
};

export interface KnownName {
  name: string;
  /** Where the name comes from, for the fix's title. */
  source: 'hostMap' | 'publicDnsNames';
  kind: InternetNameFix;
}

export function knownInternetName(file: LintFile, scalar: ScalarVisit, target: NetworkTarget): KnownName | undefined {
  const current = writtenHost(scalar, target);
  const mapped = fromHostMap(file, target);
  if (mapped && !sameName(mapped, current)) return { name: mapped, source: 'hostMap', kind: 'hostMap' };
  const declared = fromManifest(scalar, target);
  if (declared && !sameName(declared.name, current)) return declared;
  return undefined;
}

/** A fix replacing the host (IPv6 brackets included, a trailing dot kept); scheme, port and path stay. */
export function hostFix(context: RuleContext, scalar: ScalarVisit, target: NetworkTarget, known: KnownName): ProposedFix<InternetNameFix> {
  const value = String(scalar.node.value);
  let start = target.hostStart;
  let end = target.hostEnd;
  if (value[start - 1] === '[' && value.indexOf(']', end) >= end) {
    start -= 1;
    end = value.indexOf(']', end) + 1;
  } else if (value[end - 1] === '.' && end - 1 > start) end -= 1;
  const span = context.file.locate(scalar.node, start, end);
  const from = known.source === 'hostMap' ? "the config file's hostMap" : "the manifest's publicDnsNames";
  return { title: `Use the internet name ${known.name} (from ${from})`, edits: [{ ...span, newText: known.name }], kind: known.kind };
}

function writtenHost(scalar: ScalarVisit, target: NetworkTarget): string {
  return String(scalar.node.value).slice(target.hostStart, target.hostEnd);
}

/** A declared name worth offering: a host name the rules read (net/hostname.ts), with a domain (the schema reports the rest). */
function isPublicName(name: string | undefined): boolean {
  return name !== undefined && name.includes('.') && isHostnameSyntax(name) && parseHostMapKey(name)?.kind === 'name';
}

function sameName(a: string, b: string): boolean {
  return normalHostName(a) === normalHostName(b);
}

function fromHostMap(file: LintFile, target: NetworkTarget): string | undefined {
  const hostMap = file.config.hostMap;
  if (!hostMap) return undefined;
  for (const [from, to] of Object.entries(hostMap)) {
    if (typeof to !== 'string' || to.trim() === '') continue;
    const key = parseHostMapKey(from);
    if (key?.kind === 'address' && key.canonical === target.address?.canonical) return to.trim();
    if (key?.kind === 'name' && target.hostname && key.name === normalHostName(target.hostname.name)) return to.trim();
  }
  return undefined;
}

/** The service's own endpoint URLs (`spec.endpoints[n].url`) may take its declared public names; dependencies are other services. */
function fromManifest(scalar: ScalarVisit, target: NetworkTarget): KnownName | undefined {
  const path = scalar.path;
  if (scalar.format !== 'manifest' || path.length !== 4 || path[0] !== 'spec' || path[1] !== 'endpoints' || path[3] !== 'url') return undefined;
  const declared = getValue(getValue(scalar.document.root, 'spec'), 'publicDnsNames');
  if (!declared || declared.kind !== 'seq') return undefined;
  const names = [...new Set(declared.items.map(stringValue).filter((name): name is string => isPublicName(name)))];
  if (names.length === 1) return { name: names[0], source: 'publicDnsNames', kind: 'publicDnsName' };
  const label = target.hostname?.name.split('.')[0].toLowerCase();
  const alike = label ? names.filter((name) => name.split('.')[0].toLowerCase() === label) : [];
  return alike.length === 1 ? { name: alike[0], source: 'publicDnsNames', kind: 'publicDnsNameGuess' } : undefined;
}
