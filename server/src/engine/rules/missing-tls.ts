import type { Rule, RuleContext } from '../rule';
import type { ParsedDocument } from '../parse/tree';
import { getPair, getValue, stringValue } from '../parse/tree';
import { ingressTlsFix, manifestTlsFix } from '../fixes/tls-blocks';

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

export const missingTls: Rule<'manifestTls' | 'ingressTls'> = {
  meta: {
    id: 'missing-tls',
    defaultSeverity: 'error',
    description: 'A service manifest endpoint without TLS settings, or a Kubernetes Ingress that serves hosts without `spec.tls`.',
    rationale: 'Every Internet First endpoint needs TLS 1.2 or later: an endpoint that does not state its TLS settings, or an Ingress without a certificate, serves plain HTTP to the internet.',
    fixable: true,
    fixes: {
      manifestTls: { applicability: 'safe', reason: 'It writes the schema\'s default (`tls.minVersion: "1.2"`) into the manifest, which describes the service and changes nothing it runs.' },
      ingressTls: { applicability: 'display-only', reason: 'The named certificate secret has to exist (or a cert-manager annotation create it); without it the controller serves a self-signed certificate that clients reject.' },
    },
    messages: {
      manifestEndpoint: 'Endpoint {name} declares no `tls` settings. State `tls.minVersion` ("1.2" or "1.3") so the endpoint is served over TLS.',
      ingress: 'Ingress {name} routes {hosts} without `spec.tls`, so it serves plain HTTP. Add a `tls` entry with the hosts and a certificate secret.',
    },
  },
  check(context) {
    for (const document of context.file.documents) {
      const format = context.file.format(document);
      if (format === 'manifest') checkManifest(context, document);
      else if (format === 'kubernetes') checkIngress(context, document);
    }
  },
};

function checkManifest(context: RuleContext<'manifestTls'>, document: ParsedDocument): void {
  const endpoints = getValue(getValue(document.root, 'spec'), 'endpoints');
  if (!endpoints || endpoints.kind !== 'seq') return;
  endpoints.items.forEach((endpoint, index) => {
    if (endpoint.kind !== 'map' || getPair(endpoint, 'tls')) return;
    const anchor = getPair(endpoint, 'url')?.key ?? getPair(endpoint, 'name')?.key ?? endpoint;
    const name = stringValue(getValue(endpoint, 'name')) ?? `#${index + 1}`;
    const fix = manifestTlsFix(context, document, endpoint);
    context.report({ messageId: 'manifestEndpoint', data: { name: `\`${name}\`` }, offset: anchor.offset, length: anchor.length, fixes: fix ? [fix] : undefined });
  });
}

function checkIngress(context: RuleContext<'ingressTls'>, document: ParsedDocument): void {
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
  const name = metadataName ?? '(unnamed)';
  const fix = ingressTlsFix(context, document, spec, hosts, metadataName);
  context.report({
    messageId: 'ingress',
    data: { name: `\`${name}\``, hosts: hosts.length ? hosts.join(', ') : 'all hosts' },
    offset: rules.key.offset,
    length: rules.key.length,
    fixes: fix ? [fix] : undefined,
  });
}

