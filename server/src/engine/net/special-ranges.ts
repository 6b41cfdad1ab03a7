/**
 * The IANA special-purpose address registries (RFC 6890 and updates; IPv4
 * and IPv6 tables as transcribed in shared/domain/rules-catalogue.md §3,
 * Last-Updated 2025-10-09), plus multicast and the deprecated site-local
 * block. Each row carries the linter class it falls in. Parsing and prefix
 * matching are ipaddr.js's; this file only holds the registry's data.
 * Blocks the registry marks globally reachable (AS112, AMT, PCP, TURN, …)
 * are left out on purpose: addresses in them are public.
 */

export type AddressClass =
  | 'private' // RFC 1918
  | 'shared' // RFC 6598 carrier-grade NAT
  | 'link-local'
  | 'metadata' // cloud instance metadata: link-local, but a platform service rather than a dependency
  | 'unique-local'
  | 'site-local'
  | 'local-nat64'
  | 'loopback'
  | 'unspecified'
  | 'documentation'
  | 'benchmarking'
  | 'multicast'
  | 'reserved';

/** Embedding prefixes whose low bits hold an IPv4 address that decides the class. */
export type EmbeddingForm = 'ipv4-mapped' | 'nat64' | '6to4' | 'ipv4-compatible';

export interface SpecialRange {
  cidr: string;
  name: string;
  rfc: string;
  class: AddressClass;
}

export const SPECIAL_RANGES: readonly SpecialRange[] = [
  { cidr: '0.0.0.0/32', name: 'unspecified address', rfc: 'RFC 1122', class: 'unspecified' },
  { cidr: '0.0.0.0/8', name: '"this network" block', rfc: 'RFC 791', class: 'reserved' },
  { cidr: '10.0.0.0/8', name: 'private-use range 10.0.0.0/8', rfc: 'RFC 1918', class: 'private' },
  { cidr: '100.64.0.0/10', name: 'carrier-grade NAT range 100.64.0.0/10', rfc: 'RFC 6598', class: 'shared' },
  { cidr: '127.0.0.0/8', name: 'loopback range 127.0.0.0/8', rfc: 'RFC 1122', class: 'loopback' },
  { cidr: '169.254.169.254/32', name: 'cloud instance metadata address', rfc: 'RFC 3927', class: 'metadata' },
  { cidr: '169.254.0.0/16', name: 'link-local range 169.254.0.0/16', rfc: 'RFC 3927', class: 'link-local' },
  { cidr: '172.16.0.0/12', name: 'private-use range 172.16.0.0/12', rfc: 'RFC 1918', class: 'private' },
  { cidr: '192.0.0.0/24', name: 'IETF protocol assignments block 192.0.0.0/24', rfc: 'RFC 6890', class: 'reserved' },
  { cidr: '192.0.2.0/24', name: 'documentation range TEST-NET-1', rfc: 'RFC 5737', class: 'documentation' },
  { cidr: '192.88.99.0/24', name: 'deprecated 6to4 relay anycast block', rfc: 'RFC 7526', class: 'reserved' },
  { cidr: '192.168.0.0/16', name: 'private-use range 192.168.0.0/16', rfc: 'RFC 1918', class: 'private' },
  { cidr: '198.18.0.0/15', name: 'benchmarking range 198.18.0.0/15', rfc: 'RFC 2544', class: 'benchmarking' },
  { cidr: '198.51.100.0/24', name: 'documentation range TEST-NET-2', rfc: 'RFC 5737', class: 'documentation' },
  { cidr: '203.0.113.0/24', name: 'documentation range TEST-NET-3', rfc: 'RFC 5737', class: 'documentation' },
  { cidr: '224.0.0.0/4', name: 'multicast range 224.0.0.0/4', rfc: 'RFC 5771', class: 'multicast' },
  { cidr: '255.255.255.255/32', name: 'limited broadcast address', rfc: 'RFC 919', class: 'reserved' },
  { cidr: '240.0.0.0/4', name: 'reserved range 240.0.0.0/4', rfc: 'RFC 1112', class: 'reserved' },

  { cidr: '::/128', name: 'unspecified address', rfc: 'RFC 4291', class: 'unspecified' },
  { cidr: '::1/128', name: 'loopback address', rfc: 'RFC 4291', class: 'loopback' },
  { cidr: '64:ff9b:1::/48', name: 'local-use NAT64 prefix 64:ff9b:1::/48', rfc: 'RFC 8215', class: 'local-nat64' },
  { cidr: '100::/64', name: 'discard-only prefix 100::/64', rfc: 'RFC 6666', class: 'reserved' },
  { cidr: '100:0:0:1::/64', name: 'dummy prefix 100:0:0:1::/64', rfc: 'RFC 9780', class: 'reserved' },
  { cidr: '2001::/32', name: 'Teredo prefix 2001::/32', rfc: 'RFC 4380', class: 'reserved' },
  { cidr: '2001:2::/48', name: 'benchmarking prefix 2001:2::/48', rfc: 'RFC 5180', class: 'benchmarking' },
  { cidr: '2001:10::/28', name: 'deprecated ORCHID prefix', rfc: 'RFC 4843', class: 'reserved' },
  { cidr: '2001:db8::/32', name: 'documentation prefix 2001:db8::/32', rfc: 'RFC 3849', class: 'documentation' },
  { cidr: '3fff::/20', name: 'documentation prefix 3fff::/20', rfc: 'RFC 9637', class: 'documentation' },
  { cidr: '5f00::/16', name: 'SRv6 SID prefix 5f00::/16', rfc: 'RFC 9602', class: 'reserved' },
  { cidr: 'fd00:ec2::254/128', name: 'cloud instance metadata address', rfc: 'RFC 4193', class: 'metadata' },
  { cidr: 'fc00::/7', name: 'unique local range fc00::/7', rfc: 'RFC 4193', class: 'unique-local' },
  { cidr: 'fe80::/10', name: 'link-local range fe80::/10', rfc: 'RFC 4291', class: 'link-local' },
  { cidr: 'fec0::/10', name: 'deprecated site-local range fec0::/10', rfc: 'RFC 3879', class: 'site-local' },
  { cidr: 'ff00::/8', name: 'multicast range ff00::/8', rfc: 'RFC 4291', class: 'multicast' },
];

/** IPv6 prefixes that carry an IPv4 address, and where its 32 bits sit (index of the first 16-bit part). */
export const EMBEDDINGS: ReadonlyArray<{ cidr: string; form: EmbeddingForm; firstPart: number }> = [
  { cidr: '::ffff:0:0/96', form: 'ipv4-mapped', firstPart: 6 },
  { cidr: '64:ff9b::/96', form: 'nat64', firstPart: 6 },
  { cidr: '2002::/16', form: '6to4', firstPart: 1 },
  // IPv4-compatible (deprecated): ::a.b.c.d; `::` and `::1` match the /128 rows first.
  { cidr: '::/96', form: 'ipv4-compatible', firstPart: 6 },
];
