/**
 * Which special-purpose block an IP address falls in. ipaddr.js parses and
 * matches; the blocks come from special-ranges.ts; the most specific block
 * wins. IPv6 forms that embed an IPv4 address are judged by that address.
 */
import ipaddr from 'ipaddr.js';
import { EMBEDDINGS, SPECIAL_RANGES, type AddressClass, type EmbeddingForm, type SpecialRange } from './special-ranges';

export interface AddressInfo {
  version: 4 | 6;
  /** Canonical text: dotted quad, or RFC 5952 IPv6. */
  canonical: string;
  class: AddressClass | 'public';
  range?: SpecialRange;
  /** Set when an IPv6 address embeds the IPv4 address that decided the class. */
  embedded?: { form: EmbeddingForm; ipv4: string };
}

type Compiled = { range: SpecialRange; network: ipaddr.IPv4 | ipaddr.IPv6; bits: number };

const compiled: { v4: Compiled[]; v6: Compiled[] } = { v4: [], v6: [] };
for (const range of SPECIAL_RANGES) {
  const [network, bits] = ipaddr.parseCIDR(range.cidr);
  (network.kind() === 'ipv4' ? compiled.v4 : compiled.v6).push({ range, network, bits });
}
// Most specific first, so 169.254.169.254/32 wins over 169.254.0.0/16.
compiled.v4.sort((a, b) => b.bits - a.bits);
compiled.v6.sort((a, b) => b.bits - a.bits);
const embeddings = EMBEDDINGS.map((e) => ({ ...e, prefix: ipaddr.parseCIDR(e.cidr) as [ipaddr.IPv6, number] }));

const FOUR_PART_DECIMAL = /^\d{1,3}(\.\d{1,3}){3}$/;
// Characters and a colon checked apart: `/^[…]*:[…]*$/` backtracked quadratically on a long run of colons.
const IPV6_CHARS = /^[0-9a-f:.]*$/i;

/** Strict parse: four-part decimal IPv4 or a valid IPv6 (zone id stripped); undefined otherwise. */
export function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const bare = text.replace(/%.*$/, '');
  // Cheap shape checks first: ipaddr.js validates by throwing, which is slow on the common non-address case.
  if (FOUR_PART_DECIMAL.test(bare)) return ipaddr.IPv4.isValidFourPartDecimal(bare) ? ipaddr.IPv4.parse(bare) : undefined;
  if (bare.includes(':') && IPV6_CHARS.test(bare) && ipaddr.IPv6.isValid(bare)) return ipaddr.IPv6.parse(bare);
  return undefined;
}

export function classifyAddress(text: string): AddressInfo | undefined {
  const address = parseAddress(text);
  return address ? classifyParsed(address) : undefined;
}

export function classifyParsed(address: ipaddr.IPv4 | ipaddr.IPv6): AddressInfo {
  if (address.kind() === 'ipv4') {
    const v4 = address as ipaddr.IPv4;
    const hit = compiled.v4.find((c) => v4.match(c.network as ipaddr.IPv4, c.bits));
    return { version: 4, canonical: v4.toString(), class: hit?.range.class ?? 'public', range: hit?.range };
  }
  const v6 = address as ipaddr.IPv6;
  const hit = compiled.v6.find((c) => v6.match(c.network as ipaddr.IPv6, c.bits));
  if (!hit || hit.bits < 96) {
    const embedding = embeddings.find((e) => v6.match(e.prefix[0], e.prefix[1]));
    if (embedding) {
      const inner = embeddedIPv4(v6, embedding.firstPart);
      const innerInfo = classifyParsed(inner);
      return { ...innerInfo, version: 6, canonical: v6.toString(), embedded: { form: embedding.form, ipv4: inner.toString() } };
    }
  }
  return { version: 6, canonical: v6.toString(), class: hit?.range.class ?? 'public', range: hit?.range };
}

function embeddedIPv4(address: ipaddr.IPv6, firstPart: number): ipaddr.IPv4 {
  const high = address.parts[firstPart];
  const low = address.parts[firstPart + 1];
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

/** Parse `a.b.c.d/n` or `v6/n`; undefined unless both halves are valid. */
export function parseCidr(text: string): { address: ipaddr.IPv4 | ipaddr.IPv6; bits: number } | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseAddress(text.slice(0, slash));
  const bitsText = text.slice(slash + 1);
  if (!address || !/^\d{1,3}$/.test(bitsText)) return undefined;
  const bits = Number(bitsText);
  return bits <= (address.kind() === 'ipv4' ? 32 : 128) ? { address, bits } : undefined;
}
