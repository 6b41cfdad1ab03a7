import type { Rule, RuleContext } from '../rule';
import { hasExpired } from '../dates';
import type { ScalarVisit } from '../context';
import type { NetworkTarget } from '../targets';
import type { Node } from '../parse/tree';
import { isAllowlistKey, normaliseKey } from '../roles';
import { spanOf } from './scan';
import { describeCertainty, hscnInfrastructure, isNhsContext, n3RangeOf, severityFor } from '../nhs';

/** Address classes that exist only inside a private network. Public ranges, `0.0.0.0/0`, loopback and documentation blocks are not reported. */
const PRIVATE_CLASSES = new Set(['private', 'shared', 'link-local', 'unique-local', 'site-local', 'local-nat64']);
/**
 * Lists that can hold either direction (security groups, NSG rules, NetworkPolicy `ipBlock`, Calico `nets`): reported only
 * with evidence of an inbound rule.
 */
const EITHER_DIRECTION = /^(cidrblocks|ipv6cidrblocks|cidrip|cidripv4|cidripv6|sourceaddressprefix(es)?|ipblock|nets)$/;
/** Lists that keep callers out rather than let them in. */
const DENY_LIST = /(deny|blacklist|blocklist|except|^notnets$)/;
/** WireGuard `AllowedIPs` routes a peer's traffic through the tunnel; it is VPN plumbing, not a service's access rule. */
const VPN_PLUMBING = /^(peers?|wireguard\w*|wg\w*)$/;
const VPN_FLAG = /^(vpnonly|onlyvpn|requirevpn|requiresvpn|vpnrequired|restricttovpn|vpnaccessonly)$/;
const NETWORKS: Record<string, string> = { hscn: 'HSCN, the Health and Social Care Network', n3: 'N3, the NHS private network HSCN replaced' };

/** The message ids in `meta.messages`: reporting any other does not compile. */
type Message = 'privateRange' | 'hscnRange' | 'hscnAddress' | 'exposure' | 'exposureExempt' | 'exposureExemptionExpired' | 'vpnOnly';

export const networkLocationTrust: Rule<never, Message> = {
  meta: {
    id: 'network-location-trust',
    defaultSeverity: 'error',
    skipsSampleData: true,
    description:
      'Access decided by where a caller connects from: allowlists of private or N3/HSCN addresses (ingress-nginx ' +
      '`whitelist-source-range`, `loadBalancerSourceRanges`, inbound firewall and NetworkPolicy rules, trusted-network ' +
      'lists), a manifest `exposure` of `hscn` or `n3`, and VPN-only flags.',
    rationale:
      'The NCSC zero trust principles treat the network as hostile: being on HSCN, N3 or a VPN proves nothing about ' +
      'who a caller is. Internet First services are on the internet and decide access by identity (NHS CIS2, NHS ' +
      'login, OAuth 2.0, mutual TLS).',
    developmentSeverity: 'warning',
    fixable: false,
    messages: {
      privateRange: '{entry} admits callers on a private network: grant access by identity instead',
      hscnRange: '{entry} admits callers on N3/HSCN: grant access by identity instead',
      hscnAddress: '{entry} admits {what}: grant access by identity instead',
      exposure: '"exposure: {value}" is network-only: use "exposure: internet" or an exemption',
      exposureExempt: '"exposure: {value}" is exempt until {expires}: plan "exposure: internet"',
      exposureExemptionExpired: '"exposure: {value}" exemption expired {expires}: use "exposure: internet"',
      vpnOnly: '"{key}" admits only VPN callers: grant access by identity instead',
    },
  },
  check(context) {
    let nhs: boolean | undefined;
    const inNhsContext = () => (nhs ??= isNhsContext(context.file));
    const scalars = context.file.scalars();
    for (let i = 0; i < scalars.length; i++) {
      const scalar = scalars[i];
      if (scalar.role === 'allowlist') checkAllowlist(context, scalar, inNhsContext);
      if (scalar.format === 'manifest' && scalar.path.length === 2 && scalar.path[0] === 'spec' && scalar.path[1] === 'exposure')
        checkExposure(context, scalar);
      // The value first: most are not true, and the key is then not looked up.
      if (isTrue(scalar) && VPN_FLAG.test(normaliseKey(scalar.key ?? '')) && scalar.role !== 'prose' && scalar.role !== 'identifier') {
        context.report({ messageId: 'vpnOnly', data: { key: scalar.key! }, ...spanOf(context, scalar, 0, String(scalar.node.value).length) });
      }
    }
  },
};

function checkAllowlist(context: RuleContext<never, Message>, scalar: ScalarVisit, inNhsContext: () => boolean): void {
  const list = isAllowlistKey(scalar.key) || !scalar.parentKey ? (scalar.key ?? '') : `${scalar.parentKey}.${scalar.key}`;
  const listKey = normaliseKey(isAllowlistKey(scalar.key) ? (scalar.key ?? '') : (scalar.parentKey ?? ''));
  if (DENY_LIST.test(normaliseKey(scalar.key ?? '')) || DENY_LIST.test(listKey)) return;
  if (scalar.path.some((segment) => typeof segment === 'string' && VPN_PLUMBING.test(normaliseKey(segment)))) return;
  const rule = ruleContext(scalar);
  if (rule.denies || rule.direction === 'egress') return;
  if (EITHER_DIRECTION.test(listKey) && rule.direction !== 'ingress') return;
  for (const target of context.file.targets(scalar)) {
    if (target.templated || !target.address || (target.kind !== 'cidr' && target.kind !== 'address')) continue;
    reportEntry(context, scalar, target, list, inNhsContext);
  }
}

function reportEntry(context: RuleContext<never, Message>, scalar: ScalarVisit, target: NetworkTarget, list: string, inNhsContext: () => boolean): void {
  const address = target.address!;
  const value = String(scalar.node.value);
  const end = target.kind === 'cidr' && target.portStart !== undefined ? target.portStart - 1 : target.kind === 'cidr' ? target.end : target.hostEnd;
  const entry = value.slice(target.hostStart, end);
  const span = spanOf(context, scalar, target.hostStart, end);
  const known = target.kind === 'address' || target.bits === 32 ? hscnInfrastructure(address) : undefined;
  if (known) {
    context.report({
      messageId: 'hscnAddress',
      data: { entry, list, what: known.what, certainty: describeCertainty(known) },
      ...span,
      severity: severityFor(known),
    });
    return;
  }
  if (!PRIVATE_CLASSES.has(address.class)) return;
  if (isDockerBridge(target)) {
    // Callers on Docker's default bridge are containers on the same host: still trust by address, but close to loopback.
    context.report({ messageId: 'privateRange', data: { entry, list, range: DOCKER_BRIDGE }, ...span, severity: 'warning' });
    return;
  }
  const range = address.embedded
    ? `an IPv6 form of ${address.embedded.ipv4}, in the ${address.range?.name ?? 'private range'}`
    : `the ${address.range?.name ?? 'private range'}`;
  const n3 = n3RangeOf(address, target.bits);
  if (n3 && inNhsContext()) {
    context.report({ messageId: 'hscnRange', data: { entry, list, range: n3 }, ...span });
  } else {
    context.report({ messageId: 'privateRange', data: { entry, list, range }, ...span });
  }
}

const DOCKER_BRIDGE = "Docker's default bridge network 172.17.0.0/16, which also overlaps the old N3 GP range";

function isDockerBridge(target: NetworkTarget): boolean {
  const address = target.address!;
  return address.version === 4 && !address.embedded && address.canonical.startsWith('172.17.') && (target.bits ?? 32) >= 16;
}

function checkExposure(context: RuleContext<never, Message>, scalar: ScalarVisit): void {
  const value = typeof scalar.node.value === 'string' ? scalar.node.value : '';
  const network = NETWORKS[value.trim().toLowerCase()];
  if (!network) return;
  const span = spanOf(context, scalar, 0, value.length);
  const expires = exemptionExpiry(scalar.document.root);
  // An exemption is time-limited: once its day has passed it waives nothing, like a waiver's `until=` (an invalid date is manifest-schema's error).
  if (expires !== undefined && hasExpired(expires, context.today)) {
    context.report({ messageId: 'exposureExemptionExpired', data: { value, network, expires }, ...span });
  } else if (expires !== undefined) {
    context.report({ messageId: 'exposureExempt', data: { value, network, expires }, ...span, severity: 'warning' });
  } else {
    context.report({ messageId: 'exposure', data: { value, network }, ...span });
  }
}

/** `spec.exemption.expires` as written, when the manifest records an exemption. */
function exemptionExpiry(root: Node | null): string | undefined {
  const exemption = child(child(root, 'spec'), 'exemption');
  if (!exemption || exemption.kind !== 'map') return undefined;
  const expires = child(exemption, 'expires');
  return expires?.kind === 'scalar' && expires.value !== null ? String(expires.value) : 'a date it does not state';
}

interface RuleFacts {
  direction?: 'ingress' | 'egress';
  denies: boolean;
}

/**
 * What the enclosing firewall rule says, nearest first: its direction (a
 * path segment such as `ingress` / `SecurityGroupEgress`, or a sibling
 * `type: ingress`, `direction: Outbound`, `egress: true`) and whether it denies
 * (`action: Deny`, `access: Deny`).
 */
function ruleContext(scalar: ScalarVisit): RuleFacts {
  const facts: RuleFacts = { denies: false };
  const maps = ancestorMaps(scalar.document.root, scalar.path);
  for (let depth = scalar.path.length - 1; depth >= 0; depth--) {
    const map = maps[depth];
    if (map && !facts.direction) facts.direction = directionOfMap(map);
    if (map && !facts.denies) facts.denies = ['action', 'access'].some((key) => /^(deny|drop|reject|block)$/i.test(scalarText(child(map, key))));
    const segment = depth < scalar.path.length - 1 ? scalar.path[depth] : undefined;
    if (typeof segment === 'string' && !facts.direction) facts.direction = directionOfWord(normaliseKey(segment));
  }
  return facts;
}

function directionOfMap(map: Node): RuleFacts['direction'] {
  const stated = scalarText(child(map, 'direction')) || scalarText(child(map, 'type'));
  const word = directionOfWord(stated.toLowerCase());
  if (word) return word;
  const egress = child(map, 'egress');
  if (egress?.kind === 'scalar' && typeof egress.value === 'boolean') return egress.value ? 'egress' : 'ingress';
  return undefined;
}

function directionOfWord(word: string): RuleFacts['direction'] {
  if (/egress|outbound/.test(word)) return 'egress';
  if (/ingress|inbound/.test(word)) return 'ingress';
  return undefined;
}

/** The map at each depth of `path` (index i holds the node that contains `path[i]`). */
function ancestorMaps(root: Node | null, path: ReadonlyArray<string | number>): Array<Node | undefined> {
  const maps: Array<Node | undefined> = [];
  let node: Node | null | undefined = root;
  for (const segment of path) {
    maps.push(node?.kind === 'map' ? node : undefined);
    if (!node) break;
    if (node.kind === 'map' && typeof segment === 'string') node = child(node, segment);
    else if (node.kind === 'seq' && typeof segment === 'number') node = node.items[segment];
    else node = undefined;
  }
  return maps;
}

function child(node: Node | null | undefined, key: string): Node | undefined {
  if (!node || node.kind !== 'map') return undefined;
  return node.pairs.find((pair) => pair.key.value !== null && String(pair.key.value) === key)?.value ?? undefined;
}

function scalarText(node: Node | undefined): string {
  return node?.kind === 'scalar' && node.value !== null ? String(node.value) : '';
}

/** `true`, and the YAML 1.1 spellings people still write (`yes`, `on`), quoted or not. */
function isTrue(scalar: ScalarVisit): boolean {
  const value = scalar.node.value;
  return value === true || (typeof value === 'string' && /^(true|yes|on)$/i.test(value.trim()));
}
