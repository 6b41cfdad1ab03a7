/**
 * The config file's `allow` list: hosts, `*.domain` wildcards, addresses and
 * CIDR ranges that the project treats as public (an organisation's own public
 * ranges, a partner's name that resolves publicly but is not in the PSL yet).
 * A target matching it is not reported by the address and host-name rules.
 */
import ipaddr from 'ipaddr.js';
import { parseAddress, parseCidr } from './address';

export type AllowMatcher = (host: { name?: string; address?: string }) => boolean;

export function compileAllow(entries: readonly string[] | undefined): AllowMatcher {
  if (!entries || entries.length === 0) return () => false;
  const names = new Set<string>();
  const suffixes: string[] = [];
  const ranges: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]> = [];
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase().replace(/\.$/, '');
    const cidr = parseCidr(entry);
    const address = cidr ? undefined : parseAddress(entry);
    if (cidr) ranges.push([cidr.address, cidr.bits]);
    else if (address) ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    else if (entry.startsWith('*.')) suffixes.push(entry.slice(1));
    else names.add(entry);
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
