/**
 * The config file's `allow` list: hosts, `*.domain` wildcards, addresses and
 * CIDR ranges that the project treats as public (an organisation's own public
 * ranges, a partner's name that resolves publicly but is not in the PSL yet).
 * A target matching it is not reported by the address and host-name rules.
 *
 * parseAllowEntry is the one reading of an entry: the matcher uses it, and
 * config validation reports an entry it rejects, so an entry that passes
 * validation is never silently ignored.
 */
import ipaddr from 'ipaddr.js';
import { parseAddress, parseCidr } from './address';

export type AllowMatcher = (host: { name?: string; address?: string }) => boolean;

export type AllowEntry =
  { kind: 'range'; network: ipaddr.IPv4 | ipaddr.IPv6; bits: number } | { kind: 'suffix'; suffix: string } | { kind: 'name'; name: string };

/**
 * A last label that is a number (decimal, `0x` hex) makes the text an IPv4
 * address in a loose form (`167772161`, `10.1`, `0xa.0.0.1`) to URL parsers,
 * not a name; the strict parser does not read those forms, so neither does the matcher.
 */
function numericLastLabel(entry: string): boolean {
  const last = entry.slice(entry.lastIndexOf('.') + 1);
  return /^\d+$/.test(last) || /^0x[0-9a-f]*$/.test(last);
}

/** How the matcher reads one entry; undefined when it cannot use it. */
export function parseAllowEntry(raw: string): AllowEntry | undefined {
  const entry = raw.trim().toLowerCase().replace(/\.$/, '');
  if (entry.includes('/')) {
    const cidr = parseCidr(entry);
    return cidr ? { kind: 'range', network: cidr.address, bits: cidr.bits } : undefined;
  }
  const address = parseAddress(entry);
  if (address) return { kind: 'range', network: address, bits: address.kind() === 'ipv4' ? 32 : 128 };
  if (entry === '' || entry.includes(':') || numericLastLabel(entry)) return undefined;
  return entry.startsWith('*.') ? { kind: 'suffix', suffix: entry.slice(1) } : { kind: 'name', name: entry };
}

export function compileAllow(entries: readonly string[] | undefined): AllowMatcher {
  if (!entries || entries.length === 0) return () => false;
  const names = new Set<string>();
  const suffixes: string[] = [];
  const ranges: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]> = [];
  for (const raw of entries) {
    const entry = parseAllowEntry(raw);
    if (entry?.kind === 'range') ranges.push([entry.network, entry.bits]);
    else if (entry?.kind === 'suffix') suffixes.push(entry.suffix);
    else if (entry?.kind === 'name') names.add(entry.name);
  }
  return ({ name, address }) => {
    if (name) {
      const host = name.toLowerCase().replace(/\.$/, '');
      if (names.has(host) || suffixes.some((suffix) => host.endsWith(suffix))) return true;
    }
    const parsed = address ? parseAddress(address) : undefined;
    if (!parsed) return false;
    return ranges.some(([network, bits]) => network.kind() === parsed.kind() && parsed.match(network as never, bits));
  };
}
