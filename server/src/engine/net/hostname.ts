/**
 * Whether a DNS name can resolve in public DNS. The Public Suffix List (via
 * tldts, pinned) decides what a real TLD is; the special-use and private-use
 * names below are the ones the PSL cannot tell (catalogue §5): tldts reports
 * `.internal`, `.corp` and `.lan` just like any unlisted TLD.
 */
import { parse as parseDomain } from 'tldts';

export type HostnameClass =
  | 'public'
  | 'localhost'
  | 'mdns' // .local (RFC 6762)
  | 'documentation' // .test, .example, .invalid, example.com/.net/.org (RFC 6761/2606)
  | 'special-network' // .onion, .alt (RFC 7686, RFC 9476)
  | 'home-arpa' // RFC 8375
  | 'private-use-tld' // .internal, .corp, .lan, …
  | 'platform-internal' // in-cluster and cloud-private DNS: *.svc.cluster.local, ec2.internal, …
  | 'single-label'
  | 'unknown-tld';

export interface HostnameInfo {
  /** Lower case, without a trailing dot. */
  name: string;
  class: HostnameClass;
  /** The part that decided the class (`.corp`, `svc.cluster.local`, `ec2.internal`). */
  reason: string;
  /**
   * The IPv4 address an AWS private DNS name spells out (`ip-10-0-1-17.eu-west-2.compute.internal`
   * is 10.0.1.17): the name is that private address, and rules judge it as such.
   */
  encodedIpv4?: string;
}

/** Private-use TLDs: ICANN will not delegate them (.home, .corp, .mail), .internal is reserved for private use, the rest are conventions. */
const PRIVATE_USE_TLDS = new Set(['internal', 'corp', 'home', 'lan', 'localdomain', 'intranet', 'private', 'mail', 'domain', 'priv', 'intra', 'localnet']);

/** Names that only a platform's own resolver answers: Kubernetes, Docker, Consul, AWS, GCP, Azure. */
const PLATFORM_PATTERNS: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /(^|\.)svc\.cluster\.local$/, reason: 'Kubernetes cluster DNS (svc.cluster.local)' },
  { pattern: /(^|\.)cluster\.local$/, reason: 'Kubernetes cluster DNS (cluster.local)' },
  { pattern: /(^|\.)svc$/, reason: 'Kubernetes service short name (.svc)' },
  { pattern: /^(host|gateway|kubernetes)\.docker\.internal$/, reason: 'Docker Desktop host name (docker.internal)' },
  { pattern: /(^|\.)consul$/, reason: 'Consul DNS (.consul)' },
  { pattern: /(^|\.)ec2\.internal$/, reason: 'AWS private DNS (ec2.internal)' },
  { pattern: /(^|\.)compute\.internal$/, reason: 'AWS private DNS (compute.internal)' },
  { pattern: /^metadata\.google\.internal$/, reason: 'GCP metadata server (metadata.google.internal)' },
  { pattern: /\.c\.[a-z0-9-]+\.internal$/, reason: 'GCP internal DNS (<zone>.c.<project>.internal)' },
  { pattern: /(^|\.)internal\.cloudapp\.net$/, reason: 'Azure internal DNS (internal.cloudapp.net)' },
  { pattern: /(^|\.)privatelink\.[a-z0-9.-]+$/, reason: 'Azure Private Link zone (privatelink.*)' },
  // A zone under .internal (`db.prod.example.internal`): a cloud private hosted zone that only the VPC's resolver answers.
  // A bare `dc1.internal` names no zone: it stays a private-use TLD (below), a dependency on whatever network runs that resolver.
  { pattern: /^[a-z0-9_-]+\.[a-z0-9_.-]+\.internal$/, reason: 'a name in a private DNS zone (<zone>.internal), answered only inside its VPC' },
];

/** `ip-10-0-1-17`: the first label AWS gives an instance's private DNS name, the address with dashes. */
const AWS_IP_LABEL = /^ip-(\d{1,3})-(\d{1,3})-(\d{1,3})-(\d{1,3})\./;

const DOCUMENTATION_DOMAINS = new Set(['example.com', 'example.net', 'example.org']);

/** Public names whose every subdomain public DNS answers with 127.0.0.1: loopback by another name (LocalStack, local web development). */
const LOOPBACK_DOMAINS = ['localhost.localstack.cloud', 'localtest.me', 'lvh.me'];

/** A syntactically plausible DNS name (LDH labels, at most 253 characters); rejects `v1.2`, `a..b`, `_x`. */
export function isHostnameSyntax(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false;
  const labels = name.replace(/\.$/, '').split('.');
  return labels.every((label) => /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/i.test(label)) && !/^\d+$/.test(labels[labels.length - 1]);
}

export function classifyHostname(raw: string): HostnameInfo {
  const name = raw.toLowerCase().replace(/\.$/, '');
  const labels = name.split('.');
  const tld = labels[labels.length - 1];
  const result = (cls: HostnameClass, reason: string): HostnameInfo => ({ name, class: cls, reason });

  if (name === 'localhost' || name.endsWith('.localhost')) return result('localhost', 'localhost');
  const loopbackDomain = LOOPBACK_DOMAINS.find((domain) => name === domain || name.endsWith(`.${domain}`));
  if (loopbackDomain) return result('localhost', loopbackDomain);
  const platform = PLATFORM_PATTERNS.find((p) => p.pattern.test(name));
  if (platform) {
    const info = result('platform-internal', platform.reason);
    const ip = /(^|\.)(ec2|compute)\.internal$/.test(name) ? AWS_IP_LABEL.exec(name) : null;
    if (ip && ip.slice(1).every((octet) => Number(octet) <= 255)) info.encodedIpv4 = ip.slice(1).join('.');
    return info;
  }
  if (labels.length === 1) return result('single-label', 'a single-label name');
  if (tld === 'local') return result('mdns', '.local (multicast DNS, RFC 6762)');
  if (name === 'home.arpa' || name.endsWith('.home.arpa')) return result('home-arpa', 'home.arpa (RFC 8375)');
  if (['test', 'example', 'invalid'].includes(tld)) return result('documentation', `.${tld} (RFC 6761)`);
  const registrable = labels.slice(-2).join('.');
  if (DOCUMENTATION_DOMAINS.has(registrable)) return result('documentation', `${registrable} (RFC 2606)`);
  if (tld === 'onion' || tld === 'alt') return result('special-network', `.${tld} (${tld === 'onion' ? 'RFC 7686' : 'RFC 9476'})`);
  if (PRIVATE_USE_TLDS.has(tld)) return result('private-use-tld', `.${tld}`);
  const parsed = parseDomain(name, { allowPrivateDomains: false, detectIp: false, validateHostname: false });
  if (!parsed.isIcann) return result('unknown-tld', `.${tld}`);
  return result('public', parsed.publicSuffix ?? tld);
}
