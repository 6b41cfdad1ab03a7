import type { RuleCases } from './rule-tester';

const INGRESS = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n';
const MANIFEST = 'apiVersion: internet-first/v1\nkind: ServiceManifest\n';

export const cases: RuleCases = {
  ruleId: 'missing-tls',
  valid: [
    { name: 'Ingress with tls', code: `${INGRESS}spec:\n  tls:\n    - hosts: [web.example.nhs.uk]\n      secretName: web-tls\n  rules:\n    - host: web.example.nhs.uk\n` },
    { name: 'Ingress without rules', code: `${INGRESS}spec:\n  defaultBackend:\n    service: { name: web, port: { number: 80 } }\n` },
    { name: 'TLS at the load balancer', code: `${INGRESS}  annotations:\n    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-2:1:certificate/x\nspec:\n  rules:\n    - host: web.example.nhs.uk\n` },
    { name: 'manifest endpoint with tls', code: `${MANIFEST}spec:\n  endpoints:\n    - name: api\n      url: https://api.example.nhs.uk\n      tls: { minVersion: "1.2" }\n` },
    { name: 'not a manifest', code: 'spec:\n  endpoints:\n    - name: api\n      url: https://api.example.nhs.uk\n' },
    { name: 'a Service is not an Ingress', code: 'apiVersion: v1\nkind: Service\nspec:\n  rules: [x]\n' },
  ],
  invalid: [
    {
      name: 'manifest by the config file\'s manifests globs',
      config: { manifest: true },
      code: 'spec:\n  endpoints:\n    - name: api\n      url: https://api.example.nhs.uk\n',
      errors: [{ messageId: 'manifestEndpoint', text: 'url' }],
    },
    {
      name: 'Ingress without spec.tls',
      code: `${INGRESS}spec:\n  rules:\n    - host: web.example.nhs.uk\n    - host: api.example.nhs.uk\n`,
      errors: [{ messageId: 'ingress', text: 'rules', line: 6, column: 3 }],
    },
    { name: 'Ingress with an empty tls list', code: `${INGRESS}spec:\n  tls: []\n  rules:\n    - host: web.example.nhs.uk\n`, errors: [{ messageId: 'ingress', text: 'rules' }] },
    {
      name: 'manifest endpoint without tls, in the second document',
      code: `kind: ConfigMap\n---\n${MANIFEST}spec:\n  endpoints:\n    - name: api\n      url: https://api.example.nhs.uk\n      authentication: { type: nhs-cis2 }\n`,
      errors: [{ messageId: 'manifestEndpoint', text: 'url', line: 8 }],
    },
    {
      name: 'manifest by file name, JSON',
      language: 'json',
      fileName: 'referrals.service.json',
      code: '{"spec": {"endpoints": [{"name": "api", "url": "https://api.example.nhs.uk"}]}}',
      errors: [{ messageId: 'manifestEndpoint', text: '"url"' }],
    },
  ],
};
