/**
 * When a TLS setting does not matter for Internet First, so no rule reports it:
 * - the connection stays on the machine (loopback, `localhost`), or inside a
 *   cluster or Compose network (cluster DNS names; single-label service names
 *   in Compose, Kubernetes and Helm files). East–west traffic is out of the
 *   policy's scope (catalogue §1), as `insecure-url` also holds. In other files
 *   a single-label host (`postgresql://db/x`) is not known to be internal;
 * - the feature the setting belongs to is switched off
 *   (`ingress: {enabled: false, tls: false}`).
 */
import type { LintFile, ScalarVisit } from '../context';
import { extractTargets, type NetworkTarget } from '../targets';
import { getPair, type MapNode, type Node } from '../parse/tree';
import { readFlag } from './booleans';
import { assignmentPrefix, holdingMap } from './places';
import { splitWords } from './key-path';
import { namesHosts } from '../roles';

const SERVICE_NAME_FORMATS = new Set(['compose', 'kubernetes', 'helm-values']);

/** A connection target that never leaves the machine, cluster or Compose network. */
export function isLocalTarget(visit: ScalarVisit, target: NetworkTarget): boolean {
  if (target.templated) return false;
  const address = target.address;
  if (address) return address.class === 'loopback' || address.class === 'unspecified';
  const hostname = target.hostname;
  if (!hostname) return false;
  if (hostname.class === 'localhost') return true;
  if (visit.role === 'public-endpoint') return false;
  if (hostname.class === 'platform-internal') return true;
  if (!SERVICE_NAME_FORMATS.has(visit.format)) return false;
  // `db`, and Kubernetes' `<service>.<namespace>` short form.
  return hostname.class === 'single-label' || (hostname.class === 'unknown-tld' && hostname.name.split('.').length === 2);
}

/** Every target in the value is local (and there is at least one). */
export function onlyLocalTargets(file: LintFile, visit: ScalarVisit): boolean {
  const targets = targetsOf(file, visit);
  return targets.length > 0 && targets.every((target) => isLocalTarget(visit, target));
}

/**
 * The hosts named beside a key are all local (`db: {host: localhost, ssl:
 * false}`). `siblings` are the scalars in the same map or list. For an
 * environment-style name the subject is its prefix: `MHS_SDS_REDIS_DISABLE_TLS`
 * is judged by `MHS_SDS_REDIS_CACHE_HOST`, not by every host in the list.
 */
export function besideLocalHosts(file: LintFile, visit: ScalarVisit, subject: readonly string[], siblings: readonly ScalarVisit[]): boolean {
  const hosts = siblings.filter((s) => s !== visit && (s.role === 'endpoint' || s.role === 'public-endpoint') && startsWith(splitWords(s.key ?? ''), subject));
  const targets = hosts.flatMap((s) => targetsOf(file, s).map((t) => ({ s, t })));
  return targets.length > 0 && targets.every(({ s, t }) => isLocalTarget(s, t));
}

function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((word, index) => words[index] === word);
}

/** Targets of a value, after a list item's `NAME=` (which hides a bare host from the shared extraction). */
function targetsOf(file: LintFile, visit: ScalarVisit): NetworkTarget[] {
  const prefix = assignmentPrefix(visit);
  if (prefix === 0) return file.targets(visit);
  return extractTargets(String(visit.node.value).slice(prefix), { hostList: namesHosts(visit.key) });
}

/**
 * A Kubernetes object that names its peer as an in-cluster Service
 * (`APIService` and webhook `service: {name, namespace}`): the connection is
 * east–west, e.g. `insecureSkipTLSVerify: true` beside `service:`.
 */
export function besideClusterService(visit: ScalarVisit): boolean {
  if (visit.format !== 'kubernetes') return false;
  const service = holdingMap(visit)?.pairs.find((pair) => pair.key.value === 'service')?.value;
  return service?.kind === 'map' && Boolean(getPair(service, 'name'));
}

/**
 * `enabled: false` beside the setting or in a block above it: the whole
 * block (an ingress, a ServiceMonitor, a listener) is off, so its TLS
 * settings do nothing (`metrics: {enabled: false, tlsConfig: {insecureSkipVerify: true}}`).
 */
export function inDisabledBlock(visit: ScalarVisit): boolean {
  let node: Node | null | undefined = visit.document.root;
  for (const segment of visit.path) {
    if (!node || node === visit.node) return false;
    if (node.kind === 'map' && isSwitchedOff(node, visit)) return true;
    if (typeof segment === 'number') node = node.kind === 'seq' ? node.items[segment] : undefined;
    else node = node.kind === 'map' ? getPair(node, segment)?.value : undefined;
  }
  return false;
}

function isSwitchedOff(map: MapNode, visit: ScalarVisit): boolean {
  const enabled = getPair(map, 'enabled')?.value ?? getPair(map, 'enable')?.value;
  if (!enabled || enabled.kind !== 'scalar' || enabled === visit.node) return false;
  return readFlag(enabled.value)?.on === false;
}

/**
 * `secure` beside `scheme`/`protocol` describes a URL (a parsed-URI record, a
 * client's view of a link) rather than switching TLS: the scheme decides, and
 * `insecure-url` reports plain-text schemes.
 */
export function describesUrl(visit: ScalarVisit): boolean {
  if (visit.key?.toLowerCase() !== 'secure') return false;
  const map = holdingMap(visit);
  return Boolean(map && (getPair(map, 'scheme') || getPair(map, 'protocol')));
}
