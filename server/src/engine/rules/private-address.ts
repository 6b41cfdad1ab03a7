import type { Rule, RuleContext } from '../rule';
import type { ScalarVisit } from '../context';
import type { NetworkTarget } from '../targets';
import type { AddressInfo } from '../net/address';
import { isPublicRole, type Role } from '../roles';
import { forEachTarget, hostText, spanOf } from './scan';
import { isN3Range, isNhsContext } from '../nhs';
import { hostFix, INTERNET_NAME_FIXES, knownInternetName, type InternetNameFix } from '../fixes/internet-name';
import { followsListenFlag, placeholderDefaultOf } from './address/value-context';
import { isStackPeer } from './address/stack-network';
import { inDisabledBlock } from './address/disabled-block';
import { reportInternalLoadBalancers } from './address/internal-load-balancer';

/** Roles where a private address means a dependency on the private network. Bind, allowlist and network definitions are other rules' business. */
const ROLES: ReadonlySet<Role> = new Set(['endpoint', 'public-endpoint', 'cors-origin', 'other']);
export const PRIVATE_CLASSES: ReadonlySet<string> = new Set(['private', 'shared', 'link-local', 'unique-local', 'site-local', 'local-nat64', 'metadata']);

/**
 * Whether a private address at this target is reported: the one decision that
 * private-address makes for `10.0.1.17` and non-public-hostname for the AWS
 * name that spells it (`ip-10-0-1-17.eu-west-2.compute.internal`). Not when a
 * listen flag or directive makes it the service's own address, nor in a block
 * that is switched off (`enabled: false`), nor when the
 * file gives it to one of its own members or defines the network it is in
 * (an east–west peer of the same stack), unless the role is public.
 */
export function isPrivateDestination(context: RuleContext, scalar: ScalarVisit, target: NetworkTarget, address: AddressInfo): boolean {
  if (!ROLES.has(scalar.role) || target.kind === 'cidr' || inDisabledBlock(scalar)) return false;
  if (isPublicRole(scalar.role)) return true;
  if (scalar.role === 'other' && followsListenFlag(context, scalar, target.start)) return false;
  return !isStackPeer(context.file, address);
}

/** The message ids in `meta.messages`: reporting any other does not compile. */
type Message = 'private' | 'n3Hscn' | 'dockerBridge' | 'embedded' | 'metadata' | 'corsOrigin' | 'placeholderDefault' | 'internalLoadBalancer';

export const privateAddress: Rule<InternetNameFix, Message> = {
  meta: {
    id: 'private-address',
    defaultSeverity: 'error',
    skipsSampleData: true,
    description:
      'An address that exists only inside a private network (RFC 1918, carrier-grade NAT, link-local, unique-local IPv6), also when embedded in an IPv6 form.',
    rationale:
      'Under Internet First a service is reached over the public internet: a hard-coded private address works only ' +
      'from inside N3, HSCN or one data centre, and breaks the moment the service or its clients move.',
    developmentSeverity: 'warning',
    fixable: true,
    fixes: { ...INTERNET_NAME_FIXES },
    messages: {
      private: "Private address {address} ({rfc}): use the service's public DNS name",
      n3Hscn: "N3/HSCN private address {address} ({rfc}): use the service's public DNS name",
      dockerBridge: 'Docker bridge address {address} (also old N3 range): use a public DNS name',
      embedded: '{address} embeds private IPv4 {ipv4}: use a public DNS name',
      metadata: 'Cloud instance metadata address {address}: not an application dependency',
      corsOrigin: "Private CORS origin {address}: allow the front end's public origin",
      placeholderDefault: '{variable} falls back to private {address}: set it in every deployment',
      internalLoadBalancer: '{address} is on {how}: publish it via the public ingress',
    },
  },
  check(context) {
    let nhs: boolean | undefined;
    forEachTarget(context, ROLES, (scalar, target) => {
      const address = target.address;
      if (!address || !PRIVATE_CLASSES.has(address.class) || !isPrivateDestination(context, scalar, target, address)) return;
      const span = spanOf(context, scalar, target.hostStart, target.hostEnd);
      const data = describePrivate(address, hostText(scalar, target));
      // Only a name the team declared (hostMap, the manifest's publicDnsNames): a private address has no derivable public name.
      const known = knownInternetName(context.file, scalar, target);
      const fixes = known ? [hostFix(context, scalar, target, known)] : undefined;
      const variable = placeholderDefaultOf(String(scalar.node.value), target.start);
      if (address.class === 'metadata') {
        context.report({ messageId: 'metadata', data, ...span, severity: 'info' });
      } else if (scalar.role === 'cors-origin') {
        context.report({ messageId: 'corsOrigin', data, ...span });
      } else if (variable) {
        // Only a fallback (`${DB_URL:-postgres://10.0.0.5/app}`): the deployment is expected to set the variable, as loopback-address says of `localhost`.
        context.report({ messageId: 'placeholderDefault', data: { ...data, variable }, ...span, severity: 'info', fixes });
      } else if (address.embedded) {
        context.report({ messageId: 'embedded', data, ...span, fixes });
      } else if (address.version === 4 && address.canonical.startsWith('172.17.')) {
        context.report({ messageId: 'dockerBridge', data, ...span, fixes });
      } else if (isN3Range(address) && (nhs ??= isNhsContext(context.file))) {
        context.report({ messageId: 'n3Hscn', data, ...span, fixes });
      } else {
        context.report({ messageId: 'private', data, ...span, fixes });
      }
    });
    reportInternalLoadBalancers(context, (address) => PRIVATE_CLASSES.has(address.class) && address.class !== 'metadata');
  },
};

export function describePrivate(address: AddressInfo, written: string): Record<string, string> {
  return {
    address: written,
    range: address.range?.name ?? 'private range',
    rfc: address.range?.rfc ?? '',
    ipv4: address.embedded?.ipv4 ?? '',
    form: (address.embedded?.form ?? '').replace(/-/g, ' '),
  };
}
