/**
 * classifyRole, directly: one row per way a value gets its role (its key, its
 * parent key, a compound key, the document's format, markup in the value).
 * The rule tables test roles only through findings; these rows say which
 * branch decided, so a change to one branch shows here by name.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { classifyRole, type Role } from '../../server/src/engine/roles';
import type { DocumentFormat } from '../../server/src/engine/formats';
import type { ScalarValue } from '../../server/src/engine/parse/tree';

interface Row {
  why: string;
  format?: DocumentFormat;
  /** The path as the tree walk builds it: dotted, numbers for list items; an array where a key holds a dot. */
  path: string | Array<string | number>;
  value?: ScalarValue;
  /** When the walk's key differs from the path's last name (`{name: X, value: …}` entries). */
  key?: string;
  role: Role;
}

/** The key and parent key the tree walk (context.ts) gives a scalar at `path`: list indexes keep both. */
function keysOf(path: Array<string | number>): { key: string | undefined; parentKey: string | undefined } {
  let key: string | undefined;
  let parentKey: string | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    parentKey = key;
    key = segment;
  }
  return { key, parentKey };
}

function roleOf(row: Row): Role {
  const path = typeof row.path !== 'string' ? row.path : row.path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  const keys = keysOf(path);
  const key = row.key ?? keys.key;
  return classifyRole({ path, key, parentKey: keys.parentKey, value: row.value ?? 'x', format: row.format ?? 'generic' });
}

const ROWS: Row[] = [
  // Keys, in the order classifyKey tries them.
  { why: 'a schema reference is a name', path: '$schema', role: 'identifier' },
  { why: 'an XML namespace declaration, whatever the separator', path: 'xmlns:xsi', role: 'identifier' },
  { why: 'words for people', path: 'description', value: 'see http://10.0.0.1/', role: 'prose' },
  { why: 'proxies whose forwarded address is believed', path: 'ForwardedHeaders.KnownProxies.0', role: 'proxy-trust' },
  { why: 'a source-address allowlist', path: 'spec.loadBalancerSourceRanges.0', role: 'allowlist' },
  { why: 'an entry of an allowlist map takes its parent role', path: 'allowlist.office', role: 'allowlist' },
  { why: 'a network definition', path: 'vpc_cidr', role: 'network' },
  { why: 'a key that declares the value internal', path: 'internal_api_url', role: 'network' },
  { why: 'a listen address', path: 'listen_address', role: 'bind' },
  { why: "a node's advertised address is its own", path: 'advertise_addr', role: 'bind' },
  { why: 'Kestrel endpoints set through an environment variable', path: 'Kestrel__Endpoints__Http__Url', role: 'bind' },
  { why: 'a version-like key', path: 'image_tag', role: 'version' },
  { why: 'an OAuth issuer is reached from the internet', path: 'auth.issuer', role: 'public-endpoint' },
  { why: 'separators and case do not matter', path: 'REDIRECT-URI', role: 'public-endpoint' },
  { why: 'allowed CORS origins', path: 'cors.allowed_origins.0', role: 'cors-origin' },
  { why: 'an entry of ConnectionStrings', path: 'ConnectionStrings.Reporting', role: 'endpoint' },
  { why: 'a key ending in url', path: 'upstream_url', role: 'endpoint' },
  { why: 'a key ending in path is not an endpoint', path: 'socket_path', role: 'other' },
  { why: 'a key that says nothing', path: 'colour', role: 'other' },
  { why: 'markup in a value under a key that says nothing', path: 'banner', value: '<p>Visit <a href="http://x">us</a></p>', role: 'prose' },
  // Compound keys: read as if nested, then as written.
  { why: 'a dotted key read as nested (datasource, url)', path: ['spring.datasource.url'], role: 'endpoint' },
  { why: 'a dotted key read as nested (datasource, password) says nothing', path: ['spring.datasource.password'], role: 'other' },
  { why: 'a dotted key under ConnectionStrings keeps its parent', path: ['ConnectionStrings', 'Redis.Cache'], role: 'endpoint' },
  { why: 'a {name, value} entry takes its name as the key', path: 'env.0.value', key: 'DATABASE_URL', role: 'endpoint' },
  // Formats.
  { why: "a manifest endpoint's URL is public", format: 'manifest', path: 'spec.endpoints.0.url', role: 'public-endpoint' },
  { why: "a manifest's metadata names things", format: 'manifest', path: 'metadata.name', role: 'identifier' },
  { why: "an OpenAPI document's servers are public", format: 'openapi', path: 'servers.0.url', role: 'public-endpoint' },
  { why: 'an OpenAPI example is prose', format: 'openapi', path: 'paths./items.get.parameters.0.example', role: 'prose' },
  { why: "an OpenAPI document's info is prose", format: 'openapi', path: 'info.contact.url', role: 'prose' },
  { why: 'Kubernetes labels name things', format: 'kubernetes', path: 'metadata.labels.upstream_host', role: 'identifier' },
  { why: "an Ingress rule's host is public", format: 'kubernetes', path: 'spec.rules.0.host', role: 'public-endpoint' },
  { why: "an Ingress TLS section's hosts are public", format: 'kubernetes', path: 'spec.tls.0.hosts.0', role: 'public-endpoint' },
  { why: "a Service's external IPs", format: 'kubernetes', path: 'spec.externalIPs.0', role: 'endpoint' },
  { why: "a ServiceEntry's own addresses define a network", format: 'kubernetes', path: 'spec.addresses.0', role: 'network' },
  { why: "a NetworkPolicy's ipBlock", format: 'kubernetes', path: 'spec.ingress.0.from.0.ipBlock.cidr', role: 'allowlist' },
  { why: 'a probe is the container itself', format: 'kubernetes', path: 'spec.containers.0.livenessProbe.httpGet.host', role: 'bind' },
  { why: "Compose's extra_hosts map names to addresses to reach", format: 'compose', path: 'services.web.extra_hosts.0', role: 'endpoint' },
  { why: "a Compose service's own hostname", format: 'compose', path: 'services.web.hostname', role: 'identifier' },
  { why: 'Compose IPAM defines a network', format: 'compose', path: 'networks.back.ipam.config.0.subnet', role: 'network' },
  { why: "Kestrel's URL in appsettings", format: 'dotnet', path: 'Kestrel.Endpoints.Http.Url', role: 'bind' },
  { why: "Spring's server.address", format: 'spring', path: 'server.address', role: 'bind' },
  { why: "an Envoy listener's socket address", path: 'static_resources.listeners.0.address.socket_address.address', role: 'bind' },
  { why: "an Envoy cluster's socket address is a destination", path: 'static_resources.clusters.0.load_assignment.socket_address.address', role: 'endpoint' },
];

describe('classifyRole', () => {
  for (const row of ROWS) {
    test(`${row.format ?? 'generic'} ${String(row.path)}: ${row.role} (${row.why})`, () => assert.equal(roleOf(row), row.role));
  }
});
