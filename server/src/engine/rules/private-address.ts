import type { Rule } from '../rule';
import type { AddressInfo } from '../net/address';
import type { Role } from '../roles';
import { forEachTarget, hostText, spanOf } from './scan';
import { isN3Range, isNhsContext } from '../nhs';
import { hostFix, INTERNET_NAME_FIXES, knownInternetName, type InternetNameFix } from '../fixes/internet-name';

/** Roles where a private address means a dependency on the private network. Bind, allowlist and network definitions are other rules' business. */
const ROLES: ReadonlySet<Role> = new Set(['endpoint', 'public-endpoint', 'other']);
const PRIVATE_CLASSES = new Set(['private', 'shared', 'link-local', 'unique-local', 'site-local', 'local-nat64', 'metadata']);

export const privateAddress: Rule<InternetNameFix> = {
  meta: {
    id: 'private-address',
    defaultSeverity: 'error',
    description: 'An address that exists only inside a private network (RFC 1918, carrier-grade NAT, link-local, unique-local IPv6), also when embedded in an IPv6 form.',
    rationale:
      'Under Internet First a service is reached over the public internet: a hard-coded private address works only from inside N3, HSCN or one data centre, and breaks the moment the service or its clients move.',
    developmentSeverity: 'warning',
    fixable: true,
    fixes: { ...INTERNET_NAME_FIXES },
    messages: {
      private: '{address} is in the {range} ({rfc}), which is not reachable from the internet. Use a public DNS name instead.',
      n3Hscn: '{address} is in the {range} ({rfc}), the N3/HSCN private address space: it is reachable only from the private NHS network. Use a public DNS name instead.',
      dockerBridge: "{address} is in Docker's default bridge network 172.17.0.0/16, which also overlaps the old N3 GP range (172.17.0.0 to 172.31.255.255): it is not reachable from the internet.",
      embedded: '{address} embeds the private IPv4 address {ipv4} ({form}), which is in the {range} and not reachable from the internet.',
      metadata: '{address} is the cloud instance metadata address: a platform service reachable only from inside the instance, not an application dependency.',
    },
  },
  check(context) {
    let nhs: boolean | undefined;
    forEachTarget(context, ROLES, (scalar, target) => {
      const address = target.address;
      // A CIDR names a network (a definition or an allowlist), not a host to connect to.
      if (!address || target.kind === 'cidr' || !PRIVATE_CLASSES.has(address.class)) return;
      const span = spanOf(context, scalar, target.hostStart, target.hostEnd);
      const data = describe(address, hostText(scalar, target));
      // Only a name the team declared (hostMap, the manifest's publicDnsNames): a private address has no derivable public name.
      const known = knownInternetName(context.file, scalar, target);
      const fixes = known ? [hostFix(context, scalar, target, known)] : undefined;
      if (address.class === 'metadata') {
        context.report({ messageId: 'metadata', data, ...span, severity: 'info' });
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
  },
};

function describe(address: AddressInfo, written: string): Record<string, string> {
  return {
    address: written,
    range: address.range?.name ?? 'private range',
    rfc: address.range?.rfc ?? '',
    ipv4: address.embedded?.ipv4 ?? '',
    form: (address.embedded?.form ?? '').replace(/-/g, ' '),
  };
}
