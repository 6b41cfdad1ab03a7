import type { RuleCases } from './rule-tester';

const INGRESS = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n';
const MANIFEST = 'apiVersion: internet-first/v1\nkind: ServiceManifest\n';

export const cases: RuleCases = {
  ruleId: 'missing-tls',
  valid: [
    {
      name: 'Helm values naming the certificate secret beside the Ingress: the chart builds spec.tls from it',
      fileName: 'helm_deploy/app/values.yaml',
      code: 'generic-service:\n  ingress:\n    enabled: true\n    host: app.hmpps.service.justice.gov.uk\n    tlsSecretName: app-cert\n',
    },
    {
      name: 'Ingress with tls',
      code: `${INGRESS}spec:\n  tls:\n    - hosts: [web.example.nhs.uk]\n      secretName: web-tls\n  rules:\n    - host: web.example.nhs.uk\n`,
    },
    { name: 'Ingress without rules', code: `${INGRESS}spec:\n  defaultBackend:\n    service: { name: web, port: { number: 80 } }\n` },
    {
      name: 'TLS at the load balancer',
      code:
        `${INGRESS}  annotations:\n    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-2:1:certificate/x\nspec:\n  rules:\n` +
        `    - host: web.example.nhs.uk\n`,
    },
    {
      name: 'manifest endpoint with tls',
      code: `${MANIFEST}spec:\n  endpoints:\n    - name: api\n      url: https://api.example.nhs.uk\n      tls: { minVersion: "1.2" }\n`,
    },
    { name: 'not a manifest', code: 'spec:\n  endpoints:\n    - name: api\n      url: https://api.example.nhs.uk\n' },
    { name: 'a Service is not an Ingress', code: 'apiVersion: v1\nkind: Service\nspec:\n  rules: [x]\n' },
    {
      name: 'issue 9: Helm values whose Ingress is off, has TLS, or is not explicitly enabled',
      fileName: 'helm_deploy/values-prod.yaml',
      code:
        'ingress:\n  enabled: false\n  tls: []\nother:\n  ingress:\n    enabled: true\n    host: b.example.org\n    tls:\n      - secretName: b-tls\nthird:\n' +
        '  ingress:\n    hosts:\n      - host: c.example.org\n',
    },
  ],
  invalid: [
    {
      name: "manifest by the config file's manifests globs",
      config: { manifest: true },
      code: 'spec:\n  endpoints:\n    - name: api\n      url: https://api.example.nhs.uk\n',
      errors: [{ messageId: 'manifestEndpoint', text: 'url' }],
      output: 'spec:\n  endpoints:\n    - name: api\n      url: https://api.example.nhs.uk\n      tls:\n        minVersion: "1.2"\n',
    },
    {
      name: 'Ingress without spec.tls',
      code: `${INGRESS}spec:\n  rules:\n    - host: web.example.nhs.uk\n    - host: api.example.nhs.uk\n`,
      errors: [
        {
          messageId: 'ingress',
          text: 'rules',
          line: 6,
          column: 3,
          suggestions: [
            {
              title: 'Add spec.tls for web.example.nhs.uk, api.example.nhs.uk with secret web-example-nhs-uk-tls (the secret must exist)',
              output:
                'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  tls:\n' +
                '    - hosts: [web.example.nhs.uk, api.example.nhs.uk]\n      secretName: web-example-nhs-uk-tls\n  rules:\n    - host: web.example.nhs.uk\n' +
                '    - host: api.example.nhs.uk\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Ingress with an empty tls list',
      code: `${INGRESS}spec:\n  tls: []\n  rules:\n    - host: web.example.nhs.uk\n`,
      errors: [
        {
          messageId: 'ingress',
          text: 'rules',
          suggestions: [
            {
              title: 'Add spec.tls for web.example.nhs.uk with secret web-example-nhs-uk-tls (the secret must exist)',
              output:
                'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n' +
                '  tls: [{hosts: [web.example.nhs.uk], secretName: web-example-nhs-uk-tls}]\n  rules:\n    - host: web.example.nhs.uk\n',
            },
          ],
        },
      ],
    },
    {
      name: 'manifest endpoint without tls, in the second document',
      code:
        `kind: ConfigMap\n---\n${MANIFEST}spec:\n  endpoints:\n    - name: api\n      url: https://api.example.nhs.uk\n` +
        `      authentication: { type: nhs-cis2 }\n`,
      errors: [{ messageId: 'manifestEndpoint', text: 'url', line: 8 }],
      output:
        'kind: ConfigMap\n---\napiVersion: internet-first/v1\nkind: ServiceManifest\nspec:\n  endpoints:\n    - name: api\n' +
        '      url: https://api.example.nhs.uk\n      tls:\n        minVersion: "1.2"\n      authentication: { type: nhs-cis2 }\n',
    },
    {
      name: 'manifest by file name, JSON',
      language: 'json',
      fileName: 'referrals.service.json',
      code: '{"spec": {"endpoints": [{"name": "api", "url": "https://api.example.nhs.uk"}]}}',
      errors: [{ messageId: 'manifestEndpoint', text: '"url"' }],
      output: '{"spec": {"endpoints": [{"name": "api", "url": "https://api.example.nhs.uk", "tls": {"minVersion": "1.2"}}]}}',
    },
    {
      name: 'flow-style endpoints, four-space indentation, a comment after the url',
      code:
        `${MANIFEST}spec:\n    endpoints:\n        - {name: web, url: "https://web.example.nhs.uk"}\n        - name: api\n` +
        `          url: https://api.example.nhs.uk # public\n          authentication:\n              type: oauth2\n`,
      errors: [
        { messageId: 'manifestEndpoint', text: 'url', line: 5 },
        { messageId: 'manifestEndpoint', text: 'url', line: 7 },
      ],
      output:
        'apiVersion: internet-first/v1\nkind: ServiceManifest\nspec:\n    endpoints:\n' +
        '        - {name: web, url: "https://web.example.nhs.uk", tls: {minVersion: "1.2"}}\n        - name: api\n' +
        '          url: https://api.example.nhs.uk # public\n          tls:\n              minVersion: "1.2"\n          authentication:\n' +
        '              type: oauth2\n',
    },
    {
      name: 'a JSON manifest written one entry per line',
      language: 'json',
      fileName: 'api.service.json',
      code: '{\n  "spec": {\n    "endpoints": [\n      {\n        "name": "api",\n        "url": "https://api.example.nhs.uk"\n      }\n    ]\n  }\n}\n',
      errors: [{ messageId: 'manifestEndpoint', text: '"url"', line: 6 }],
      output:
        '{\n  "spec": {\n    "endpoints": [\n      {\n        "name": "api",\n        "url": "https://api.example.nhs.uk",\n' +
        '        "tls": {"minVersion": "1.2"}\n      }\n    ]\n  }\n}\n',
    },
    {
      name: 'Ingress: tls goes before rules, after the keys above it; a wildcard host is quoted',
      code:
        `${INGRESS}spec:\n  ingressClassName: nginx\n  rules:\n    - host: "*.apps.example.nhs.uk"\n` +
        `      http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}\n`,
      errors: [
        {
          messageId: 'ingress',
          text: 'rules',
          line: 7,
          suggestions: [
            {
              title: 'Add spec.tls for *.apps.example.nhs.uk with secret wildcard-apps-example-nhs-uk-tls (the secret must exist)',
              output:
                'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  ingressClassName: nginx\n  tls:\n' +
                '    - hosts: ["*.apps.example.nhs.uk"]\n      secretName: wildcard-apps-example-nhs-uk-tls\n  rules:\n    - host: "*.apps.example.nhs.uk"\n' +
                '      http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}\n',
            },
          ],
        },
      ],
    },
    {
      name: 'Ingress in JSON',
      language: 'json',
      code: '{"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "web"}, "spec": {"rules": [{"host": "web.example.nhs.uk"}]}}',
      errors: [
        {
          messageId: 'ingress',
          text: '"rules"',
          suggestions: [
            {
              title: 'Add spec.tls for web.example.nhs.uk with secret web-example-nhs-uk-tls (the secret must exist)',
              output:
                '{"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "web"}, "spec": {"tls": [{"hosts": ["web.example.nhs.uk"], ' +
                '"secretName": "web-example-nhs-uk-tls"}], "rules": [{"host": "web.example.nhs.uk"}]}}',
            },
          ],
        },
      ],
    },
    {
      name: 'the url is the last line of the file, without a line break',
      code: `${MANIFEST}spec:\n  endpoints:\n    - name: api\n      url: https://api.example.nhs.uk`,
      errors: [{ messageId: 'manifestEndpoint', text: 'url', line: 6 }],
      output: `${MANIFEST}spec:\n  endpoints:\n    - name: api\n      url: https://api.example.nhs.uk\n      tls:\n        minVersion: "1.2"\n`,
    },
    {
      name: 'issue 9: Helm values with the Ingress enabled and `tls: []` or no tls',
      fileName: 'helm_deploy/values-prod.yaml',
      code:
        'ingress:\n  enabled: true\n  hosts:\n    - host: app.example.org\n  tls: []\ngeneric-service:\n  ingress:\n    enabled: true\n' +
        '    host: api.example.org\n',
      errors: [
        { messageId: 'helmIngress', text: 'tls', line: 5, column: 3 },
        { messageId: 'helmIngress', text: 'enabled', line: 8, column: 5 },
      ],
    },
  ],
};
