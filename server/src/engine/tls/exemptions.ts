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
import { stackRunsServer } from './stack';
export { onKafkaBroker } from './stack';

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

/** Every target in the value is local (and there is at least one); a placeholder host counts when the stack runs its own server (stack.ts). */
export function onlyLocalTargets(file: LintFile, visit: ScalarVisit): boolean {
  const targets = targetsOf(file, visit);
  if (targets.length === 0) return false;
  if (targets.every((target) => target.templated)) return stackRunsServer(visit);
  return targets.every((target) => isLocalTarget(visit, target));
}

/**
 * The hosts named beside a key are all local (`db: {host: localhost, ssl:
 * false}`). `siblings` are the scalars in the same map or list. For an
 * environment-style name the subject is its prefix: `MHS_SDS_REDIS_DISABLE_TLS`
 * is judged by `MHS_SDS_REDIS_CACHE_HOST`, not by every host in the list.
 */
export function besideLocalHosts(file: LintFile, visit: ScalarVisit, subject: readonly string[], siblings: readonly ScalarVisit[]): boolean {
  const hosts = siblings.filter(
    (s) => s !== visit && (s.role === 'endpoint' || s.role === 'public-endpoint') && namesConnection(splitWords(s.key ?? ''), subject),
  );
  const targets = hosts.flatMap((s) => targetsOf(file, s).map((t) => ({ s, t })));
  return targets.length > 0 && targets.every(({ s, t }) => isLocalTarget(s, t));
}

/**
 * Words that, after the subject, name the connection itself (`MHS_SDS_REDIS`
 * + `CACHE_HOST`, `db` + `host`). A sibling URL with another purpose
 * (`datapusherRewriteUrl`, `callbackUrl`) says nothing about where the
 * switch's connection goes.
 */
const CONNECTION_WORDS = new Set([
  'host',
  'hostname',
  'hosts',
  'url',
  'uri',
  'server',
  'servers',
  'address',
  'addr',
  'endpoint',
  'port',
  'cache',
  'db',
  'database',
  'base',
  'broker',
  'brokers',
  'connection',
  'string',
  'dsn',
  'api',
  'bootstrap',
]);

function namesConnection(words: readonly string[], subject: readonly string[]): boolean {
  if (!subject.every((word, index) => words[index] === word)) return false;
  const rest = words.slice(subject.length);
  // `REDIS: localhost:6379` beside `REDIS_SSL`: the subject's own key is the connection.
  if (rest.length === 0) return subject.length > 0;
  return rest.every((word) => CONNECTION_WORDS.has(word));
}

/** Targets of a value, after a list item's `NAME=` (which hides a bare host from the shared extraction). */
function targetsOf(file: LintFile, visit: ScalarVisit): NetworkTarget[] {
  const prefix = assignmentPrefix(visit);
  const targets = prefix === 0 ? file.targets(visit) : extractTargets(String(visit.node.value).slice(prefix), { hostList: namesHosts(visit.key) });
  return targets.length > 0 ? targets : optionListEndpoints(String(visit.node.value).slice(prefix));
}

/**
 * StackExchange.Redis configuration strings (`localhost:6379,ssl=False,
 * abortConnect=false`): the items without `=` are the endpoints. The shared
 * target extraction does not take bare hosts from such a list, but a switch
 * inside it is judged by them.
 */
function optionListEndpoints(value: string): NetworkTarget[] {
  if (!value.includes(',') || !value.includes('=') || value.length > 2000) return [];
  const items = value.split(',').map((item) => item.trim());
  if (items[0] === '' || items[0].includes('=')) return [];
  return items.filter((item) => item !== '' && !item.includes('=')).flatMap((item) => extractTargets(item, { hostList: true }));
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
