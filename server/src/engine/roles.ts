/**
 * What a value is for, judged from its key, its path and the document's
 * format. Rules use the role to stay precise: an address in a bind role is a
 * listen address, a URL in an identifier role is a name and is never fetched,
 * a host in an internal endpoint role is east–west traffic (out of the policy's
 * scope), and a host in a public endpoint role must resolve on the internet.
 */
import type { DocumentFormat } from './formats';
import type { ScalarValue } from './parse/tree';
import { fhirRole } from './fhir/roles';
import { verboseRegex } from './verbose-regex';
import { keyFacts, normaliseKey, normalPath, type KeyFacts } from './normal-keys';

export { normaliseKey } from './normal-keys';

export type Role =
  /** Reached by people or systems outside the network: issuers, redirect URIs, OpenAPI servers, ingress hosts, manifest endpoints. */
  | 'public-endpoint'
  /** Allowed CORS origins: web front ends whose pages, loaded by browsers on the internet, may call this service. A public role with its own messages. */
  | 'cors-origin'
  /** Something the service connects to (may be in-cluster). */
  | 'endpoint'
  /** Where the service listens: bind addresses, ports, health checks. */
  | 'bind'
  /** Access decided by source address: allowlists, deny lists, firewall and security-group sources. */
  | 'allowlist'
  /** Which proxies' forwarded client address to believe (KnownProxies, set_real_ip_from): not access control. */
  | 'proxy-trust'
  /** The definition of a network itself: subnets, VPC CIDRs, gateways. */
  | 'network'
  /** A name that is never fetched: `$schema`, XML namespaces, FHIR systems, licences. */
  | 'identifier'
  /** Words for people: descriptions, examples. */
  | 'prose'
  /** Versions, image tags, digests. */
  | 'version'
  | 'other';

export interface RoleInput {
  path: ReadonlyArray<string | number>;
  key: string | undefined;
  parentKey: string | undefined;
  value: ScalarValue;
  format: DocumentFormat;
}

/** Bounds of the key memos (cleared when full): a few MB at most in a long-running server. */
const MEMO_ENTRIES = 10_000;
const MEMO_KEY_LENGTH = 128;

/** Names that are never fetched: schemas, namespaces, SOAP/WSDL QNames, token audiences (compared with a token's `aud` claim), FHIR canonicals, licences. */
const IDENTIFIER = verboseRegex()`
  ^(targetnamespace|qname|servicename|portname|operationname|bindingname|audience|audiences|validaudience|validaudiences|allowedaudiences
  |\$schema|\$id|\$ref|schema|schemauri|schemaurl|xmlns\w*|@context|@id|@type|namespace|license|licence|licenseurl|licenceurl|spdx|system
  |profile|canonical|valueset|codesystem|definition|instantiatescanonical|instantiatesuri)$`;
const PROSE = verboseRegex()`
  ^(description|summary|title|comments?|notes?|message|help|helptext|text|display|displayname|reason|details|remarks|purpose|example|examples
  |externaldocs|documentation|documentationurl|docs|docsurl|homepage|termsofservice|informationuri|helpuri|author|maintainers?|bugs|funding
  |changelog)$`;
const VERSION = /(version|tag|^image$|^release$|^revision$|^sha$|digest|checksum|^chart$)$/;
/** Keys that say who may connect (or may not) by source address: ingress annotations, Services, firewalls, security groups, cloud ACLs. */
const ALLOWLIST = verboseRegex()`
  ^(.*(whitelist|allowlist|denylist|blacklist|blocklist)sourceranges?|.*loadbalancersourceranges|.*inboundcidrs|sourceranges|trustednetworks
  |trustedcidrs|allowedips|allowedcidrs|allowedcidrblocks|allowedsourceranges|allowedsourceips|ipwhitelist|ipallowlist|ipallowedlist|whitelist
  |allowlist|allowfrom|denyfrom|iprestrictions?|ipsecurityrestrictions|scmipsecurityrestrictions|iprules|authorizednetworks|ipblocks
  |remoteipblocks|fromcidr|fromcidrset|sourceaddressprefix(es)?|sourceipranges|cidrblocks|ipv6cidrblocks|cidrip|cidripv4|cidripv6
  |ingresscidrs?|vpnonly|sourcecidrs?)$`;
/**
 * Keys that name the proxies whose X-Forwarded-For is believed (.NET, nginx, Traefik, Kong, Tomcat, uvicorn): they decide
 * whose header to read, not who may connect.
 */
const PROXY_TRUST = verboseRegex()`
  ^(knownnetworks|knownproxies|trustedproxies|trustedproxy|trustedips|setrealipfrom|realipfrom|proxiesallowed|internalproxies|trustedproxylist
  |forwardedallowips)$`;
const NETWORK = verboseRegex()`
  ^(cidr|cidrblock|vpccidr|vpccidrblock|subnets?|subnetcidrs?|subnetprefix|addressspace|addressprefix(es)?|podcidr|podsubnet|servicecidr
  |servicesubnet|clustercidr|clusteripv4cidr|iprange|ipranges|gateway|clusterdns|egressips?|egressipaddress(es)?|natips?|ipv4address
  |ipv6address|privateip|privateipaddress|privateipaddresses|dnsservers|nameservers?|noproxy|except|ipam|serviceclusteriprange|clusterip
  |clusterips|loadbalancerip|natgateway|routes?|destinationcidrblock)$`;
const BIND = verboseRegex()`
  ^(localip|localips|listen|listenaddress|listenaddr|listenurl|listenport|bind|bindaddress|bindaddr|bindhost|bindip|aspnetcoreurls|urls
  |containerport|hostport|targetport|port|ports|hostip|serveraddress|httpaddr|grpcaddr|metricsaddr|healthcheck|healthz|livenessprobe
  |readinessprobe|startupprobe)$`;
const PUBLIC_ENDPOINT = verboseRegex()`
  ^(issuer|issueruri|issuerurl|authority|authorityurl|metadataaddress|metadataurl|redirecturis?|redirecturls?|postlogoutredirecturis?
  |callbackurls?|callbackuris?|callback|webhook|webhookurl|webhookuri|jwksuri|jwksurl|authorizationurl|authorizationendpoint|authorizeurl
  |tokenurl|tokenendpoint|refreshurl|openidconnecturl|userinfoendpoint|endsessionendpoint|authurl|loginurl|logouturl|publicurl|externalurl
  |frontendurl|siteurl)$`;
const ENDPOINT_SUFFIX = verboseRegex()`
  (url|uri|urls|uris|endpoint|endpoints|host|hosts|hostname|server|servers|address|addresses|addr|dsn|connectionstring|datasource|broker
  |brokers|bootstrapservers|proxy|target|targets|upstream|upstreams|backend|origin|destination|remote|baseurl|registry|mirror|domain|fqdn|ip
  |ips|nodes|seeds|peers|cluster|clusters)$`;
/** Keys that declare their value internal (`internal_lb_vip_address`, `mgmt_ip`): east–west by the author's own word. */
const DECLARED_INTERNAL = /(internal|private|mgmt|management)/;
const NOT_ENDPOINT = /(email|mail$|macaddress|mac$|filepath|path$|dir$|directory)/;

/** Keys whose value is a host name (or a list of them) rather than a URL. */
const HOST_KEY = verboseRegex()`
  (host|hosts|hostname|hostnames|server|servers|address|addresses|addr|domain|domains|fqdn|broker|brokers|bootstrapservers|nodes|seeds|peers
  |dnsname|dnsnames)$`;

/** `allowedOrigins`, `CORS_ALLOWED_ORIGINS`, `cors.origins`, `Access-Control-Allow-Origin`: browsers' pages allowed to call the service. */
function isCorsKey(key: string, parent: string): boolean {
  if (key === 'accesscontrolalloworigin' || /^(allowed|allow|trusted)origins?$/.test(key) || key === 'origins') return true;
  return /origins?$/.test(key) && (key.includes('cors') || parent.includes('cors'));
}

/** The roles whose values are given to people or systems outside the network: no east–west exemption applies there. */
export function isPublicRole(role: Role): boolean {
  return role === 'public-endpoint' || role === 'cors-origin';
}

/** HTML markup or a Markdown link in a string (a Grafana text panel, an e-mail template): words and links for people. */
const MARKUP =
  /<\/?(?:a|p|div|span|br|strong|em|b|i|u|ul|ol|li|h[1-6]|img|table|tr|td|th|code|pre|small|blockquote)(?:\s[^<>]*|\/)?>|\]\((?:https?|ftp|mailto):/i;

/** Whether a key itself names a source-address list (`loadBalancerSourceRanges`), rather than an entry of one (`cidr`, `value`). */
export function isAllowlistKey(key: string | undefined): boolean {
  return ALLOWLIST.test(normaliseKey(key ?? ''));
}

/** Whether a bare value under this key names hosts (so `auth` under `Issuer` is not taken for a host). */
export function namesHosts(key: string | undefined): boolean {
  return HOST_KEY.test(normaliseKey(key ?? ''));
}

export function classifyRole(input: RoleInput): Role {
  const { path, key, value, format } = input;
  return roleOf(path, normalPath(path), key, value, format, keyFacts(key ?? ''), normaliseKey(input.parentKey ?? ''));
}

/**
 * classifyRole, given the facts of the key and its parent key's normal form:
 * the walk knows both (a map's key serves all its values). The input comes as
 * arguments, not an object: the walk calls this for every scalar.
 */
export function roleOf(
  path: ReadonlyArray<string | number>,
  /** The path with its keys normalised (normalPath); read, never kept (the walk's changes as it goes). */
  normal: ReadonlyArray<string | number>,
  key: string | undefined,
  value: ScalarValue,
  format: DocumentFormat,
  facts: KeyFacts,
  parent: string,
): Role {
  const segments = facts.segments;
  // `xmlns:xsi` is a namespace declaration, whatever its separator.
  if (segments && IDENTIFIER.test(facts.normal)) return 'identifier';
  let role: Role = 'other';
  if (segments) {
    // As if the compound key had been written nested: the last segment is the key, the one before it the parent.
    const last = path[path.length - 1];
    const nestedPath = last === key ? [...path.slice(0, -1), ...segments] : [...path, ...segments];
    const nestedKey = normaliseKey(segments[segments.length - 1]);
    role = classifyKey(nestedPath, normalPath(nestedPath), format, nestedKey, normaliseKey(segments[segments.length - 2]));
  }
  // The key as written still counts where its nested form says nothing (`ConnectionStrings: {"Redis.Cache": …}` keeps its parent).
  if (role === 'other') role = classifyKey(path, normal, format, facts.normal, parent);
  if (role === 'other' && typeof value === 'string' && mayBeMarkup(value) && MARKUP.test(value)) return 'prose';
  return role;
}

/** Whether MARKUP could match: every match has a `<` or a `](`, and most values have neither (a search, not the regular expression). */
function mayBeMarkup(value: string): boolean {
  return value.includes('<') || value.includes('](');
}

/** The role of a key at `path`, `key` and `parent` being its and its parent key's normal forms. */
function classifyKey(path: ReadonlyArray<string | number>, normal: ReadonlyArray<string | number>, format: DocumentFormat, key: string, parent: string): Role {
  const formatRole = roleForFormat(normal, format, key, parent);
  if (formatRole) return formatRole;
  const named = namedRoles(key, parent);
  if (named.beforePath) return named.beforePath;
  if ((key === 'url' || key === 'urls') && path.some((segment) => typeof segment === 'string' && segment.toLowerCase() === 'kestrel')) return 'bind';
  // Envoy: a listener's or the admin interface's `socket_address` is where Envoy listens (a cluster's is where it connects).
  if (parent === 'socketaddress' && (path.includes('listeners') || path[0] === 'admin')) return 'bind';
  return named.afterPath;
}

/**
 * The role the key and its parent's names give, in two parts because two
 * checks on the path come between them: what wins before those checks and
 * what applies after. A pure function of the two names, so it is remembered
 * per pair (a file repeats the same keys under the same parents).
 */
interface NamedRoles {
  beforePath: Role | undefined;
  afterPath: Role;
}

/** By normalised key, then by normalised parent key. */
const NAMED_ROLES = new Map<string, Map<string, NamedRoles>>();
let namedRolesCount = 0;

function namedRoles(key: string, parent: string): NamedRoles {
  let byParent = NAMED_ROLES.get(key);
  let roles = byParent?.get(parent);
  if (!roles) {
    roles = { beforePath: roleBeforePath(key, parent), afterPath: roleAfterPath(key, parent) };
    if (key.length + parent.length > MEMO_KEY_LENGTH) return roles;
    if (namedRolesCount++ >= MEMO_ENTRIES) {
      NAMED_ROLES.clear();
      namedRolesCount = 1;
      byParent = undefined;
    }
    if (!byParent) NAMED_ROLES.set(key, (byParent = new Map()));
    byParent.set(parent, roles);
  }
  return roles;
}

function roleBeforePath(key: string, parent: string): Role | undefined {
  if (IDENTIFIER.test(key)) return 'identifier';
  if (PROSE.test(key)) return 'prose';
  if (PROXY_TRUST.test(key)) return 'proxy-trust';
  if (ALLOWLIST.test(key)) return 'allowlist';
  // Entries of such a list: `ipRules: [{value: …}]`, `KnownNetworks: [{Prefix: …}]`, `allowlist: {office: 1.2.3.4/32}`.
  if (PROXY_TRUST.test(parent)) return 'proxy-trust';
  if (ALLOWLIST.test(parent)) return 'allowlist';
  if (NETWORK.test(key) || DECLARED_INTERNAL.test(key)) return 'network';
  if (BIND.test(key) || BIND.test(parent)) return 'bind';
  // `kubernetes_apiserver_advertise_address`, Consul's `advertise_addr`: the node's own address, told to its peers.
  if (/advertise(address|addr|ip)$/.test(key)) return 'bind';
  // Kestrel endpoints set through environment variables (`Kestrel__Endpoints__Http__Url`) and `DOTNET_URLS` are listen addresses.
  if (/^kestrel\w*urls?$|^dotneturls$/.test(key)) return 'bind';
  return undefined;
}

function roleAfterPath(key: string, parent: string): Role {
  if (VERSION.test(key)) return 'version';
  if (PUBLIC_ENDPOINT.test(key)) return 'public-endpoint';
  if (isCorsKey(key, parent)) return 'cors-origin';
  if (parent === 'connectionstrings') return 'endpoint';
  if (ENDPOINT_SUFFIX.test(key) && !NOT_ENDPOINT.test(key)) return 'endpoint';
  return 'other';
}

/** Places whose meaning comes from the format rather than the key's name; `path` is normalised (normalPath). */
function roleForFormat(path: ReadonlyArray<string | number>, format: DocumentFormat, key: string, parent: string): Role | undefined {
  switch (format) {
    case 'manifest':
      if (path[0] === 'spec' && (path[1] === 'endpoints' || path[1] === 'dependencies' || path[1] === 'publicdnsnames')) {
        if (key === 'url' || key === 'issuer' || path[1] === 'publicdnsnames') return 'public-endpoint';
      }
      if (path[0] === 'metadata' && key !== 'email') return 'identifier';
      return undefined;
    case 'openapi':
      if (key === 'url' && path.includes('servers')) return 'public-endpoint';
      if (path.includes('example') || path.includes('examples') || path.includes('enum') || key === 'default' || key === 'pattern') return 'prose';
      if (path[0] === 'info' || path.includes('externaldocs')) return 'prose';
      return undefined;
    case 'fhir':
      // Canonical URLs and systems name things; attachments, Endpoint addresses and channels are fetched (fhir/roles.ts).
      return fhirRole(path, key, parent);
    case 'kubernetes':
      if (path.includes('metadata') && (path.includes('labels') || key === 'name' || key === 'namespace' || key === 'uid')) return 'identifier';
      if (path[0] === 'spec' && path.includes('rules') && key === 'host') return 'public-endpoint';
      if (path[0] === 'spec' && path.includes('tls') && (key === 'hosts' || parent === 'hosts')) return 'public-endpoint';
      if (key === 'externalips') return 'endpoint';
      // `spec.addresses` defines addresses, never reaches one: an Istio ServiceEntry's virtual IPs, a Gateway API Gateway's own, a MetalLB pool.
      if (path[0] === 'spec' && path[1] === 'addresses') return 'network';
      if (path.includes('ipblock') && (key === 'cidr' || key === 'except')) return 'allowlist';
      // Calico policy rules: `ingress: [{action: Allow, source: {nets: [...]}}]`.
      if (parent === 'source' && (key === 'nets' || key === 'notnets')) return 'allowlist';
      if (path.includes('livenessprobe') || path.includes('readinessprobe') || path.includes('startupprobe')) return 'bind';
      return undefined;
    case 'compose':
      if (key === 'extrahosts') return 'endpoint';
      if (path.includes('ipam') || key === 'ipv4address' || key === 'ipv6address') return 'network';
      if (path.includes('healthcheck')) return 'bind';
      // A service's own `hostname`/`domainname` names the container itself; it is not a destination.
      if (path[0] === 'services' && path.length === 3 && (key === 'hostname' || key === 'domainname')) return 'identifier';
      return undefined;
    case 'dotnet':
      if ((key === 'url' || key === 'urls') && path.includes('kestrel')) return 'bind';
      return undefined;
    case 'spring':
      if ((key === 'address' || key === 'port') && path.join('.').startsWith('server.')) return 'bind';
      if (key === 'serveraddress') return 'bind';
      return undefined;
    default:
      return undefined;
  }
}
