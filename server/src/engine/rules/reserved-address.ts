import ipaddr from 'ipaddr.js';
import type { Rule } from '../rule';
import type { AddressInfo } from '../net/address';
import { hostText, spanOf } from './scan';
import { forEachAddress, subjectOf } from './address/scope';
import { isMaskLike, reservedBlockOf } from './address/reserved-blocks';

const NOT_ROUTED = 'It is not routed on the internet: use the public DNS name of the dependency.';

export const reservedAddress: Rule = {
  meta: {
    id: 'reserved-address',
    defaultSeverity: 'warning',
    skipsSampleData: true,
    description: 'An address in a special-purpose block that is not routed on the internet: benchmarking, multicast, future use, broadcast, IETF protocol assignments, discard-only, SRv6, Teredo and deprecated blocks.',
    rationale:
      'Internet First services are reached over the public internet. These blocks are never a reachable host there: either they are reserved for a purpose other than addressing a server, or they are used locally as if they were private address space.',
    developmentSeverity: 'info',
    fixable: false,
    messages: {
      benchmarking: `{subject} is in the {block} ({rfc}), set aside for network test labs and often misused as private address space. ${NOT_ROUTED}`,
      multicast: '{subject} is in the {block} ({rfc}): multicast is delivered only inside a local network and is not routed across the internet, so discovery or messaging that relies on it assumes a private network.',
      futureUse: `{subject} is in the {block} ({rfc}), reserved for future use: many systems refuse to send to it. ${NOT_ROUTED}`,
      broadcast: '{subject} is the {block} ({rfc}): it reaches only the local network segment, never a host on the internet.',
      thisNetwork: '{subject} is in the {block} ({rfc}): a source address for a host that does not yet know its own, never a valid destination. Use the public DNS name of the dependency.',
      protocolAssignment: `{subject} is in the {block} ({rfc}), reserved for IETF protocol mechanisms, not for servers. ${NOT_ROUTED}`,
      discardOnly: '{subject} is in the {block} ({rfc}): traffic to it is dropped on purpose. Use the public DNS name of the dependency.',
      dummyPrefix: '{subject} is in the {block} ({rfc}), a stand-in for where a prefix is required but none is available: it never reaches a real host. Use the public DNS name of the dependency.',
      srv6: `{subject} is in the {block} ({rfc}), which identifies segment-routing functions inside an operator's network, not hosts. ${NOT_ROUTED}`,
      teredo: '{subject} is in the {block} ({rfc}), a Teredo tunnel address for the client at {client} behind NAT. Teredo is obsolete and its relays are gone, so it is not reachable from the internet: use the public DNS name of the dependency.',
      deprecated: `{subject} is in the {block} ({rfc}), deprecated with the mechanism it served. ${NOT_ROUTED}`,
    },
  },
  check(context) {
    forEachAddress(context, { bareInOther: true }, (address) => reservedBlockOf(address) !== undefined, (scalar, target, address) => {
      const block = reservedBlockOf(address);
      // A bare `255.255.255.0` or `0.0.0.255` under a key that does not name a host is a netmask or an ACL's wildcard mask.
      if (!block || (scalar.role === 'other' && target.kind === 'address' && isMaskLike(address))) return;
      const data = { subject: subjectOf(hostText(scalar, target), target), block: block.block, rfc: block.rfc, client: teredoClient(address) };
      context.report({ messageId: block.messageId, data, ...spanOf(context, scalar, target.hostStart, target.hostEnd) });
    });
  },
};

/** A Teredo address carries its client's public IPv4 in the last 32 bits, inverted (RFC 4380 §4). */
function teredoClient(address: AddressInfo): string {
  if (address.version !== 6) return '';
  const parts = (ipaddr.parse(address.canonical) as ipaddr.IPv6).parts;
  const [high, low] = [parts[6] ^ 0xffff, parts[7] ^ 0xffff];
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]).toString();
}
