/**
 * The loop the address rules (loopback, unspecified, reserved, documentation)
 * share, on top of scan.ts's forEachTarget: which roles and which kinds of
 * target each rule reads, and the exclusions they all make.
 */
import type { RuleContext } from '../../rule';
import type { ScalarVisit } from '../../context';
import { normaliseKey, type Role } from '../../roles';
import type { NetworkTarget } from '../../targets';
import type { AddressInfo } from '../../net/address';
import type { HostnameInfo } from '../../net/hostname';
import { forEachTarget } from '../scan';
import { followsListenFlag, isOwnHostKey } from './value-context';
import { inDisabledBlock } from './disabled-block';

export interface AddressScope {
  /**
   * Whether bare addresses (and `host:port`, host lists) count in the `other`
   * role. The `other` role is every key nothing else recognised: a bare
   * `127.0.0.1` there may be anything, while a URL or a connection string is
   * a destination wherever it stands.
   */
  bareInOther: boolean;
}

const ROLES: ReadonlySet<Role> = new Set(['endpoint', 'public-endpoint', 'cors-origin', 'other']);
/** `netmask`, `subnet_mask`, `wildcard_mask`: the value is a mask, not an address. */
const MASK_KEY = /mask$/;

/**
 * Every address target in an endpoint, public-endpoint or other role.
 * Never: masks (`netmask: 255.255.255.0`), CIDRs (a CIDR names a network, not a host to connect to: network
 * definitions and allowlists are other rules' business), templated hosts,
 * bare addresses under a key that names the service's own host (`HOST: 0.0.0.0`),
 * and URLs that follow a listen flag on a command line (`--urls=http://+:80`).
 */
export function forEachAddress(
  context: RuleContext,
  scope: AddressScope,
  wanted: (address: AddressInfo) => boolean,
  visit: (scalar: ScalarVisit, target: NetworkTarget, address: AddressInfo) => void,
): void {
  forEachTarget(context, ROLES, (scalar, target) => {
    // The class test comes first: it is cheap, and the scope test may look at neighbouring values.
    if (!target.address || target.kind === 'cidr' || !wanted(target.address)) return;
    if (MASK_KEY.test(normaliseKey(scalar.key ?? '')) || !inScope(context, scalar, target, scope)) return;
    visit(scalar, target, target.address);
  });
}

/** Host names (`localhost`) in the same scope as addresses. */
export function forEachHostname(
  context: RuleContext,
  scope: AddressScope,
  wanted: (hostname: HostnameInfo) => boolean,
  visit: (scalar: ScalarVisit, target: NetworkTarget) => void,
): void {
  forEachTarget(context, ROLES, (scalar, target) => {
    if (!target.hostname || !wanted(target.hostname) || !inScope(context, scalar, target, scope)) return;
    visit(scalar, target);
  });
}

function inScope(context: RuleContext, scalar: ScalarVisit, target: NetworkTarget, scope: AddressScope): boolean {
  // `HOST=0.0.0.0`, `server: {address: 127.0.0.1}`: the service's own listen address under a key the role table cannot tell apart.
  if ((target.kind === 'address' || target.kind === 'host') && isOwnHostKey(scalar)) return false;
  if (scalar.role === 'other') {
    const destination = target.kind === 'url' || target.kind === 'connection-string';
    if (!destination && !scope.bareInOther) return false;
    if (followsListenFlag(context, scalar, target.start)) return false;
  }
  return !inDisabledBlock(scalar);
}

/** Whether the rule reads this scalar at all (for scans outside targets.ts, such as `http://+:80`). */
export function inAddressRole(scalar: ScalarVisit): boolean {
  return ROLES.has(scalar.role);
}

const FORMS: Record<string, string> = { 'ipv4-mapped': 'IPv4-mapped', nat64: 'NAT64', '6to4': '6to4', 'ipv4-compatible': 'IPv4-compatible' };

/** The IPv6 form an embedded IPv4 address is written in, for messages ("IPv4-mapped"). */
export function embeddingName(address: AddressInfo): string {
  return address.embedded ? (FORMS[address.embedded.form] ?? address.embedded.form) : '';
}

/**
 * What to call the address in a message: as written, plus what it really is
 * when that differs: `127.1 (127.0.0.1)`,
 * `0:0:0:0:0:0:0:1 (::1)`, or the IPv4 an IPv6 form embeds.
 */
export function subjectOf(written: string, target: NetworkTarget, options: { embedding?: boolean } = {}): string {
  const address = target.address;
  if (address?.embedded && options.embedding !== false) return `${written} (${embeddingName(address)} ${address.embedded.ipv4})`;
  const real = address?.canonical ?? target.hostname?.name ?? written;
  if (address?.embedded || real === written.toLowerCase().replace(/\.$/, '')) return written;
  return `${written} (${real})`;
}
