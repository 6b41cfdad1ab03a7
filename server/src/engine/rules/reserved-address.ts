import ipaddr from 'ipaddr.js';
import type { Rule } from '../rule';
import type { AddressInfo } from '../net/address';
import { hostText, spanOf } from './scan';
import { forEachAddress, subjectOf } from './address/scope';
import { isMaskLike, reservedBlockOf, type ReservedMessage } from './address/reserved-blocks';

/** The message ids in `meta.messages`, one per kind of block: reporting any other does not compile. */
type Message = ReservedMessage;

export const reservedAddress: Rule<never, Message> = {
  meta: {
    id: 'reserved-address',
    defaultSeverity: 'warning',
    skipsSampleData: true,
    description:
      'An address in a special-purpose block that is not routed on the internet: benchmarking, multicast, future ' +
      'use, broadcast, IETF protocol assignments, discard-only, SRv6, Teredo and deprecated blocks.',
    rationale:
      'Internet First services are reached over the public internet. These blocks are never a reachable host there: ' +
      'either they are reserved for a purpose other than addressing a server, or they are used locally as if they ' +
      'were private address space.',
    developmentSeverity: 'info',
    fixable: false,
    messages: {
      benchmarking: '{subject} is in {block}: use a public DNS name',
      multicast: '{subject} is in {block}: use a public DNS name',
      futureUse: '{subject} is in {block}: use a public DNS name',
      broadcast: 'Broadcast address {subject} (local segment only): use a public DNS name',
      thisNetwork: '{subject} is in {block}: use a public DNS name',
      protocolAssignment: '{subject} is in {block}: use a public DNS name',
      discardOnly: '{subject} is in {block}: use a public DNS name',
      dummyPrefix: '{subject} is in {block}: use a public DNS name',
      srv6: '{subject} is in {block}: use a public DNS name',
      teredo: 'Teredo address {subject} (obsolete): use a public DNS name',
      deprecated: '{subject} is in {block}: use a public DNS name',
    },
  },
  check(context) {
    forEachAddress(
      context,
      { bareInOther: true },
      (address) => reservedBlockOf(address) !== undefined,
      (scalar, target, address) => {
        const block = reservedBlockOf(address);
        // A bare `255.255.255.0` or `0.0.0.255` under a key that does not name a host is a netmask or an ACL's wildcard mask.
        if (!block || (scalar.role === 'other' && target.kind === 'address' && isMaskLike(address))) return;
        const data = {
          subject: subjectOf(hostText(scalar, target), target, { embedding: false }),
          block: block.block,
          rfc: block.rfc,
          client: teredoClient(address),
        };
        context.report({ messageId: block.messageId, data, ...spanOf(context, scalar, target.hostStart, target.hostEnd) });
      },
    );
  },
};

/** A Teredo address carries its client's public IPv4 in the last 32 bits, inverted (RFC 4380 §4). */
function teredoClient(address: AddressInfo): string {
  if (address.version !== 6) return '';
  const parts = (ipaddr.parse(address.canonical) as ipaddr.IPv6).parts;
  const [high, low] = [parts[6] ^ 0xffff, parts[7] ^ 0xffff];
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]).toString();
}
