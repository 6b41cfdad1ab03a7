/**
 * Addresses that belong to N3 and HSCN (catalogue §4).
 *
 * HSCN consumers use public RIPE space, so a range check cannot find
 * HSCN-only services; only a few NHS infrastructure addresses are known, and
 * they are listed exactly (whether all of 155.231.0.0/16 is HSCN-only is not
 * confirmed, so no range is claimed). The private ranges N3 used are
 * named so that findings in an NHS context can say "N3/HSCN".
 */
import type { AddressInfo } from '../net/address';
import type { Sourced } from './certainty';

export interface HscnAddress extends Sourced {
  address: string;
  /** What the address is, for a message: "the HSCN DNS resolver cns0.nhs.uk". */
  what: string;
  /** What to use instead. */
  instead: string;
}

const HSCN_DNS = 'use public DNS resolvers';
const MESH = 'use mesh-sync.spineservices.nhs.uk';

export const HSCN_INFRASTRUCTURE: readonly HscnAddress[] = [
  {
    address: '155.231.231.1',
    what: 'the HSCN DNS resolver cns0.nhs.uk',
    instead: HSCN_DNS,
    certainty: 'confirmed',
    source: "NHS Digital's HSCN DNS documentation",
  },
  {
    address: '155.231.231.2',
    what: 'the HSCN DNS resolver cns1.nhs.uk',
    instead: HSCN_DNS,
    certainty: 'confirmed',
    source: "NHS Digital's HSCN DNS documentation",
  },
  {
    address: '194.72.7.137',
    what: 'a legacy BT DNS resolver for N3/HSCN',
    instead: HSCN_DNS,
    certainty: 'confirmed',
    source: "NHS Digital's HSCN DNS documentation",
  },
  {
    address: '194.72.7.142',
    what: 'a legacy BT DNS resolver for N3/HSCN',
    instead: HSCN_DNS,
    certainty: 'confirmed',
    source: "NHS Digital's HSCN DNS documentation",
  },
  {
    address: '155.231.48.156',
    what: 'the MESH endpoint over HSCN',
    instead: MESH,
    certainty: 'secondary',
    source: 'a third-party source (rules catalogue §4, [T])',
  },
  {
    address: '155.231.48.220',
    what: 'the MESH endpoint over HSCN',
    instead: MESH,
    certainty: 'secondary',
    source: 'a third-party source (rules catalogue §4, [T])',
  },
];

const byAddress = new Map(HSCN_INFRASTRUCTURE.map((entry) => [entry.address, entry]));

/** The known HSCN infrastructure address this is (exact match on the canonical IPv4), if any. */
export function hscnInfrastructure(address: AddressInfo): HscnAddress | undefined {
  return address.version === 4 && !address.embedded ? byAddress.get(address.canonical) : undefined;
}

/**
 * N3 used all of 10.0.0.0/8 and 172.17.0.0 to 172.31.255.255 (GP connections);
 * 192.168/16 was not routed. The Transition Network policy mandates 10/8 for HSCN.
 */
const ip = (a: number, b: number, c: number, d: number) => ((a * 256 + b) * 256 + c) * 256 + d;
const N3_BLOCKS: ReadonlyArray<{ low: number; high: number; name: string }> = [
  { low: ip(10, 0, 0, 0), high: ip(10, 255, 255, 255), name: 'the N3/HSCN range 10.0.0.0/8' },
  { low: ip(172, 17, 0, 0), high: ip(172, 31, 255, 255), name: 'the old N3 GP range 172.17.0.0 to 172.31.255.255' },
];

/** The N3 range an IPv4 address, or the block `address/bits`, lies in or overlaps, for a message: "in the N3/HSCN range 10.0.0.0/8". */
export function n3RangeOf(address: AddressInfo, bits = 32): string | undefined {
  if (address.version !== 4 || address.embedded) return undefined;
  const start = ipv4Number(address.canonical);
  const size = 2 ** (32 - Math.min(Math.max(bits, 0), 32));
  const first = start - (start % size);
  const last = first + size - 1;
  const block = N3_BLOCKS.find((candidate) => first <= candidate.high && last >= candidate.low);
  if (!block) return undefined;
  return `${first >= block.low && last <= block.high ? 'in' : 'overlapping'} ${block.name}`;
}

/** A canonical dotted IPv4 address as one number, read digit by digit: every private address of every file is asked (a split made four strings). */
function ipv4Number(canonical: string): number {
  let value = 0;
  let octet = 0;
  for (let i = 0; i < canonical.length; i++) {
    const code = canonical.charCodeAt(i);
    if (code === DOT) {
      value = value * 256 + octet;
      octet = 0;
    } else octet = octet * 10 + (code - ZERO);
  }
  return value * 256 + octet;
}

const DOT = 0x2e;
const ZERO = 0x30;

export function isN3Range(address: AddressInfo, bits = 32): boolean {
  return n3RangeOf(address, bits) !== undefined;
}
