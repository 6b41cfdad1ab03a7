import { brief } from '../brief';
import type { Rule, RuleContext } from '../rule';
import type { ParsedDocument } from '../parse/tree';
import { getPair, getValue, stringValue } from '../parse/tree';
import { ingressTlsFix, manifestTlsFix } from '../fixes/tls-blocks';
import { readFlag } from '../tls';
import type { MapNode } from '../parse/tree';

/** Annotations that mean a load balancer in front of the Ingress terminates TLS with its own certificate. */
const LB_TLS_ANNOTATIONS = [
  'alb.ingress.kubernetes.io/certificate-arn',
  'service.beta.kubernetes.io/aws-load-balancer-ssl-cert',
  'networking.gke.io/managed-certificates',
  'ingress.gcp.kubernetes.io/pre-shared-cert',
  'ingress.kubernetes.io/ssl-cert',
  'appgw.ingress.kubernetes.io/appgw-ssl-certificate',
  'kubernetes.io/ingress.allow-http',
];

/** The message ids in `meta.messages`: reporting any other does not compile. */
type Message = 'manifestEndpoint' | 'ingress' | 'helmIngress';

export const missingTls: Rule<'manifestTls' | 'ingressTls', Message> = {
  meta: {
    id: 'missing-tls',
    defaultSeverity: 'error',
    skipsSampleData: true,
    description: 'A service manifest endpoint without TLS settings, or a Kubernetes Ingress that serves hosts without `spec.tls`.',
    rationale:
      'Every Internet First endpoint needs TLS 1.2 or later: an endpoint that does not state its TLS settings, or ' +
      'an Ingress without a certificate, serves plain HTTP to the internet.',
    fixable: true,
    fixes: {
      manifestTls: {
        applicability: 'safe',
        reason: 'It writes the schema\'s default (`tls.minVersion: "1.2"`) into the manifest, which describes the service and changes nothing it runs.',
      },
      ingressTls: {
        applicability: 'display-only',
        reason:
          'The named certificate secret has to exist (or a cert-manager annotation create it); without it the controller ' +
          'serves a self-signed certificate that clients reject.',
      },
    },
    messages: {
      manifestEndpoint: 'Endpoint {name} has no "tls": set "tls.minVersion" to "1.2" or "1.3"',
      ingress: 'Ingress serves {hosts} without TLS: add "spec.tls"',
      helmIngress: 'Ingress enabled without TLS ({where}): add a "tls" entry',
    },
  },
  check(context) {
    for (const document of context.file.documents) {
      const format = context.file.format(document);
      if (format === 'manifest') checkManifest(context, document);
      else if (format === 'kubernetes') checkIngress(context, document);
      else if (format === 'helm-values') checkHelmIngress(context, document);
    }
  },
};

function checkManifest(context: RuleContext<'manifestTls', Message>, document: ParsedDocument): void {
  const endpoints = getValue(getValue(document.root, 'spec'), 'endpoints');
  if (!endpoints || endpoints.kind !== 'seq') return;
  endpoints.items.forEach((endpoint, index) => {
    if (endpoint.kind !== 'map' || getPair(endpoint, 'tls')) return;
    const anchor = getPair(endpoint, 'url')?.key ?? getPair(endpoint, 'name')?.key ?? endpoint;
    const name = stringValue(getValue(endpoint, 'name')) ?? `#${index + 1}`;
    const fix = manifestTlsFix(context, document, endpoint);
    context.report({
      messageId: 'manifestEndpoint',
      data: { name: `"${name}"` },
      offset: anchor.offset,
      length: anchor.length,
      fixes: fix ? [fix] : undefined,
    });
  });
}

function checkIngress(context: RuleContext<'ingressTls', Message>, document: ParsedDocument): void {
  const root = document.root;
  if (stringValue(getValue(root, 'kind')) !== 'Ingress') return;
  const spec = getValue(root, 'spec');
  if (!spec || spec.kind !== 'map') return;
  const rules = getPair(spec, 'rules');
  if (!rules?.value || rules.value.kind !== 'seq' || rules.value.items.length === 0) return;
  const tls = getValue(spec, 'tls');
  if (tls && (tls.kind !== 'seq' || tls.items.length > 0)) return;
  const annotations = getValue(getValue(root, 'metadata'), 'annotations');
  if (annotations?.kind === 'map' && LB_TLS_ANNOTATIONS.some((name) => getPair(annotations, name))) return;
  const hosts = rules.value.items.map((rule) => stringValue(getValue(rule, 'host'))).filter((host): host is string => Boolean(host));
  const metadataName = stringValue(getValue(getValue(root, 'metadata'), 'name'));
  const fix = ingressTlsFix(context, document, spec, hosts, metadataName);
  context.report({
    messageId: 'ingress',
    // No Ingress name: the finding sits on its rules, and names are often the host again (184-character messages on real charts).
    data: { hosts: hosts.length ? hostList(hosts) : 'all hosts' },
    offset: rules.key.offset,
    length: rules.key.length,
    fixes: fix ? [fix] : undefined,
  });
}

/**
 * Helm values that turn the chart's Ingress on (`ingress: {enabled: true}`)
 * with `tls: []` or no `tls` at all: the common chart layout renders an
 * Ingress without `spec.tls`. Only an explicit `enabled: true` counts (a chart
 * whose Ingress is on by default may add TLS itself), at the top level or
 * under one subchart key (`generic-service: {ingress: …}`).
 */
const TLS_SECRET_KEY = /^(tls|cert|certificate)[-_]?(secret|secret[-_]?name)$/i;

function checkHelmIngress(context: RuleContext<never, Message>, document: ParsedDocument): void {
  const root = document.root;
  if (root?.kind !== 'map') return;
  const places: Array<{ ingress: MapNode; where: string }> = [];
  const ingressOf = (map: MapNode, prefix: string) => {
    const ingress = getValue(map, 'ingress');
    if (ingress?.kind === 'map') places.push({ ingress, where: `${prefix}ingress.enabled: true` });
  };
  ingressOf(root, '');
  for (const pair of root.pairs) if (pair.value?.kind === 'map') ingressOf(pair.value, `${String(pair.key.value)}.`);
  for (const { ingress, where } of places) {
    const enabled = getPair(ingress, 'enabled');
    if (!enabled || enabled.value?.kind !== 'scalar' || readFlag(enabled.value.value)?.on !== true) continue;
    const tls = getPair(ingress, 'tls');
    if (tls?.value && (tls.value.kind !== 'seq' || tls.value.items.length > 0)) continue;
    const annotations = getValue(ingress, 'annotations');
    if (annotations?.kind === 'map' && LB_TLS_ANNOTATIONS.some((name) => getPair(annotations, name))) continue;
    // A certificate secret named beside the Ingress (`tlsSecretName`, `tlsSecret`, `certificateSecretName`): the chart
    // builds spec.tls from it, as the Ministry of Justice's generic-service chart does.
    if (
      ingress.pairs.some(
        (pair) => TLS_SECRET_KEY.test(String(pair.key.value ?? '')) && pair.value?.kind === 'scalar' && pair.value.value !== '' && pair.value.value !== null,
      )
    )
      continue;
    const hosts = hostsUnder(context, document, ingress);
    const anchor = tls?.key ?? enabled.key;
    const data = { where: `"${brief(where)}"`, tls: tls ? '"tls: []"' : 'no "tls"', hosts: hosts.length ? hosts.join(', ') : 'its hosts' };
    context.report({ messageId: 'helmIngress', data, offset: anchor.offset, length: anchor.length });
  }
}

/** The `host` values inside an ingress block, in text order, without repeats. */
function hostsUnder(context: RuleContext<never, Message>, document: ParsedDocument, ingress: MapNode): string[] {
  const hosts = context.file
    .scalars()
    .filter((scalar) => scalar.document === document && scalar.node.offset >= ingress.offset && scalar.node.offset < ingress.offset + ingress.length)
    .filter((scalar) => (scalar.key === 'host' || scalar.key === 'hosts') && typeof scalar.node.value === 'string')
    .map((scalar) => String(scalar.node.value));
  return [...new Set(hosts)];
}

/** The hosts an Ingress routes, short enough for a one-line message. */
function hostList(hosts: readonly string[]): string {
  const all = hosts.join(', ');
  return all.length <= 40 || hosts.length === 1 ? all : `${hosts[0]} and ${hosts.length - 1} more`;
}
