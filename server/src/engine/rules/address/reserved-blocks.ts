/**
 * The sub-cases of `reserved-address`: which special-purpose block an
 * address is in (net/special-ranges.ts classifies it as benchmarking,
 * multicast or reserved), the message id that names it, and what to say
 * about it. Also the IETF protocol assignment blocks' globally reachable
 * entries, which are ordinary public addresses (catalogue §3, "GR" = T).
 */
import ipaddr from 'ipaddr.js';
import type { AddressInfo } from '../../net/address';

/** reserved-address's message ids, one per kind of block. */
export type ReservedMessage =
  | 'benchmarking'
  | 'multicast'
  | 'futureUse'
  | 'broadcast'
  | 'thisNetwork'
  | 'protocolAssignment'
  | 'discardOnly'
  | 'dummyPrefix'
  | 'srv6'
  | 'teredo'
  | 'deprecated';

export interface ReservedBlock {
  messageId: ReservedMessage;
  /** The block as the message names it, with its RFC. */
  block: string;
  rfc: string;
}

/** By the CIDR of the special-ranges.ts row that matched. */
const BY_RANGE: Record<string, Omit<ReservedBlock, 'rfc'>> = {
  '198.18.0.0/15': { messageId: 'benchmarking', block: 'benchmarking range 198.18.0.0/15' },
  '2001:2::/48': { messageId: 'benchmarking', block: 'benchmarking prefix 2001:2::/48' },
  '224.0.0.0/4': { messageId: 'multicast', block: 'multicast range 224.0.0.0/4' },
  'ff00::/8': { messageId: 'multicast', block: 'multicast range ff00::/8' },
  '240.0.0.0/4': { messageId: 'futureUse', block: 'reserved range 240.0.0.0/4' },
  '255.255.255.255/32': { messageId: 'broadcast', block: 'limited broadcast address 255.255.255.255' },
  '0.0.0.0/8': { messageId: 'thisNetwork', block: '"this network" block 0.0.0.0/8' },
  '192.0.0.0/24': { messageId: 'protocolAssignment', block: 'IETF protocol assignments block 192.0.0.0/24' },
  '100::/64': { messageId: 'discardOnly', block: 'discard-only prefix 100::/64' },
  '100:0:0:1::/64': { messageId: 'dummyPrefix', block: 'dummy prefix 100:0:0:1::/64' },
  '5f00::/16': { messageId: 'srv6', block: 'SRv6 segment identifier prefix 5f00::/16' },
  '2001::/32': { messageId: 'teredo', block: 'Teredo prefix 2001::/32' },
  '192.88.99.0/24': { messageId: 'deprecated', block: '6to4 relay anycast block 192.88.99.0/24' },
  '2001:10::/28': { messageId: 'deprecated', block: 'ORCHID prefix 2001:10::/28' },
};

/** RFC 8190 updated RFC 919's limited broadcast entry; both are cited. */
const RFC_OVERRIDES: Record<string, string> = { '255.255.255.255/32': 'RFC 919, RFC 8190' };

const RESERVED_CLASSES: ReadonlySet<string> = new Set(['reserved', 'benchmarking', 'multicast']);

/** IPv6 IETF protocol assignments (RFC 2928); special-ranges.ts holds only its more specific rows. */
const IETF_V6 = ipaddr.parseCIDR('2001::/23') as [ipaddr.IPv6, number];

/**
 * Entries of the two IETF protocol assignment blocks that the registry marks
 * globally reachable: PCP and TURN anycast (192.0.0.9, 192.0.0.10; 2001:1::1,
 * ::2), DNS-SD SRP anycast (2001:1::3), AMT (2001:3::/32), AS112-v6
 * (2001:4:112::/48) and ORCHIDv2 (2001:20::/28), plus the AS112 and DRIP
 * rows above 2001::/23 that never reach here.
 */
const GLOBALLY_REACHABLE = [
  '192.0.0.9/32',
  '192.0.0.10/32',
  '2001:1::1/128',
  '2001:1::2/128',
  '2001:1::3/128',
  '2001:3::/32',
  '2001:4:112::/48',
  '2001:20::/28',
  '2001:30::/28',
].map((cidr) => ipaddr.parseCIDR(cidr));

/** The reserved sub-case of an address, or undefined when it is not reserved (or is a globally reachable entry). */
export function reservedBlockOf(address: AddressInfo): ReservedBlock | undefined {
  // Most addresses are public or another rule's class: skip them before parsing anything.
  const inIetfV6 = address.class === 'public' && address.version === 6 && !address.embedded && address.canonical.startsWith('2001:');
  if (!RESERVED_CLASSES.has(address.class) && !inIetfV6) return undefined;
  const checked = address.embedded?.ipv4 ?? address.canonical;
  const parsed = ipaddr.parse(checked);
  if (GLOBALLY_REACHABLE.some(([network, bits]) => parsed.kind() === network.kind() && parsed.match(network, bits))) return undefined;
  const range = address.range;
  if (range && RESERVED_CLASSES.has(address.class)) {
    const entry = BY_RANGE[range.cidr];
    if (entry) return { ...entry, rfc: RFC_OVERRIDES[range.cidr] ?? range.rfc };
  }
  if (inIetfV6 && (parsed as ipaddr.IPv6).match(IETF_V6)) {
    return { messageId: 'protocolAssignment', block: 'IETF protocol assignments block 2001::/23', rfc: 'RFC 2928' };
  }
  return undefined;
}

/**
 * A contiguous IPv4 netmask (`255.255.255.0`, `240.0.0.0`) or inverse
 * ("wildcard") mask (`0.0.0.255`): as a bare value it is a mask, not an
 * address, even though it falls in 240.0.0.0/4, 224.0.0.0/4 or 0.0.0.0/8.
 */
export function isMaskLike(address: AddressInfo): boolean {
  if (address.version !== 4 || address.embedded) return false;
  const value = address.canonical.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
  const inverse = 0xffffffff - value;
  const isLowOnes = (n: number) => ((n + 1) & n) === 0 && n >= 0; // 0…0 1…1
  return isLowOnes(inverse) || isLowOnes(value);
}
