/**
 * Places where a loopback destination is the design rather than a leftover:
 * a sidecar or host agent that shares the machine (or the pod's network
 * namespace) with the service by construction. Each check needs evidence in
 * the document (a second container, an injection annotation, a shared
 * network mode, a well-known sidecar port or key), so a lone
 * `DB_HOST: localhost` in a one-container pod is still reported.
 */
import type { ScalarVisit } from '../../context';
import type { NetworkTarget } from '../../targets';
import { normaliseKey } from '../../roles';
import { getValue, nodeAt, stringValue } from '../../parse/tree';

/** Ports that sidecars and per-host agents listen on. */
const SIDECAR_PORTS: ReadonlyMap<number, string> = new Map([
  [3500, 'the Dapr sidecar (HTTP)'],
  [50001, 'the Dapr sidecar (gRPC)'],
  [9901, 'the Envoy admin interface'],
  [15000, 'the Istio proxy admin interface'],
  [15020, 'the Istio agent'],
  [15021, 'the Istio health endpoint'],
  [15090, 'the Istio proxy metrics'],
  [4191, 'the Linkerd proxy admin interface'],
  [4317, 'an OpenTelemetry collector (OTLP gRPC)'],
  [4318, 'an OpenTelemetry collector (OTLP HTTP)'],
  [6831, 'the Jaeger agent'],
  [6832, 'the Jaeger agent'],
  [8125, 'a StatsD agent'],
  [8126, 'the Datadog trace agent'],
]);

/** Keys that talk to a local sidecar, agent or proxy (`DAPR_HTTP_ENDPOINT`, `DD_AGENT_HOST`, `PROXY_SERVICE_HOST`, `proxy_pass`). */
const SIDECAR_KEY = /(dapr|sidecar|envoy|istio|linkerd|otel|otlp|collector|statsd|jaeger|agent|proxy)/;

/** Pod annotations that inject a sidecar the application calls on localhost. */
const SIDECAR_ANNOTATION = /^(dapr\.io\/enabled|dapr\.io\/app-id|vault\.hashicorp\.com\/agent-inject)$/;

/** Why a loopback destination here is by design, or undefined when it is not. */
export function sameHostByDesign(scalar: ScalarVisit, target: NetworkTarget): string | undefined {
  if (target.port !== undefined && SIDECAR_PORTS.has(target.port)) return SIDECAR_PORTS.get(target.port);
  const path = scalar.path.map((segment) => (typeof segment === 'string' ? normaliseKey(segment) : segment));
  // Envoy `socket_address`: a loopback upstream is the application the proxy sits beside.
  if (path.includes('socketaddress')) return 'an Envoy upstream beside the proxy';
  if (SIDECAR_KEY.test(normaliseKey(scalar.key ?? ''))) return 'a sidecar, agent or proxy key';
  // An nginx snippet inside a value (`extra_parameters: |` … `proxy_pass http://localhost:5601;`): the proxy fronts an app on its own host.
  if (followsProxyPass(String(scalar.node.value).slice(Math.max(0, target.start - 40), target.start))) return "an nginx upstream on the proxy's own host";
  if (scalar.format === 'kubernetes' || scalar.format === 'helm-values') return podWithSidecar(scalar);
  if (scalar.format === 'compose') return sharedComposeNetwork(scalar);
  return undefined;
}

/** A container in a pod that has another container (or a sidecar annotation): loopback reaches the other one. */
function podWithSidecar(scalar: ScalarVisit): string | undefined {
  const at = scalar.path.lastIndexOf('containers');
  if (at < 1) return undefined;
  const podSpec = nodeAt(scalar.document.root, scalar.path.slice(0, at));
  const containers = getValue(podSpec, 'containers');
  const initContainers = getValue(podSpec, 'initContainers');
  // Native sidecars (Kubernetes 1.29+) are init containers that keep running.
  const nativeSidecars =
    initContainers?.kind === 'seq' ? initContainers.items.filter((item) => stringValue(getValue(item, 'restartPolicy')) === 'Always').length : 0;
  if ((containers?.kind === 'seq' ? containers.items.length : 0) + nativeSidecars > 1) return 'another container in the same pod';
  const annotations = getValue(getValue(nodeAt(scalar.document.root, scalar.path.slice(0, at - 1)), 'metadata'), 'annotations');
  if (annotations?.kind === 'map' && annotations.pairs.some((pair) => SIDECAR_ANNOTATION.test(String(pair.key.value))))
    return 'a sidecar injected into the pod';
  return undefined;
}

/** A Compose service that shares another's network namespace (or the host's), or whose namespace another joins. */
function sharedComposeNetwork(scalar: ScalarVisit): string | undefined {
  if (scalar.path[0] !== 'services' || typeof scalar.path[1] !== 'string') return undefined;
  const name = scalar.path[1];
  const services = getValue(scalar.document.root, 'services');
  if (services?.kind !== 'map') return undefined;
  const own = stringValue(getValue(getValue(services, name), 'network_mode'));
  if (own && /^(host|service:|container:)/.test(own)) return `network_mode: ${own}`;
  const joined = services.pairs.some((pair) => stringValue(getValue(pair.value, 'network_mode')) === `service:${name}`);
  return joined ? 'another service shares its network namespace' : undefined;
}

/** `… proxy_pass   ` right before the URL: the directive at a statement start, then whitespace (a scan, not a backtracking regex). */
function followsProxyPass(before: string): boolean {
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length || !trimmed.endsWith('proxy_pass')) return false;
  const at = trimmed.length - 'proxy_pass'.length;
  return at === 0 || /[\s;{]/.test(trimmed[at - 1]);
}
