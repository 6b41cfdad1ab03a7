import type { RuleCases } from './rule-tester';

export const cases: RuleCases = {
  ruleId: 'non-public-hostname',
  valid: [
    {
      name: 'a host that says it is a placeholder waits to be replaced',
      fileName: 'helm_deploy/app/values.yaml',
      code: 'ingress:\n  enabled: true\n  host: app-hostname.local # override per environment\n  other: your-domain.internal\n',
    },
    {
      name: 'LocalStack and localtest.me names belong to loopback-address',
      code: 'a: http://s3.localhost.localstack.cloud:4566\nb: https://app.localtest.me/\n',
    },
    {
      name: 'a switched-off block configures nothing (chart defaults)',
      fileName: 'charts/ckan/values.yaml',
      code: 'ingress:\n  enabled: false\n  hosts:\n    - host: chart-example.local\ningressRoute:\n  enabled: "false"\n  host: chart-example.local\n',
    },
    // Issue 9, class 2: a cloud private zone is east–west, like cluster DNS.
    {
      name: 'names in a cloud private zone (<zone>.internal, compute.internal, GCP) for databases and services of the same VPC',
      code:
        'OMS_SERVER: prod-oem-a.hmpps-oem.hmpps-production.modernisation-platform.internal\ndb_configs:\n  PDB:\n' +
        '    host_name: pd-ncr-db-1-a.ncr.hmpps-production.modernisation-platform.internal\nredis_url: rediss://cache.prod.example.internal:6380\n' +
        'vm: https://vm1.europe-west2-b.c.my-project.internal/\n',
    },
    // Issue 9, class 3: roles.
    {
      name: 'HTML inside a string is prose (a Grafana text panel)',
      language: 'json',
      code: '{ "panels": [{ "type": "text", "options": { "mode": "html", "content": "<a href=\\"http://grafana.corp/d/x\\">Runbook</a>" } }] }',
    },
    { name: 'a Markdown link inside a string is prose', code: 'content: "See the [runbook](https://wiki.corp/runbook) first"\n' },
    {
      name: 'a dotted key means its nested form: an in-cluster name outside a public role',
      code: 'spring.datasource.url: jdbc:postgresql://db.app.svc.cluster.local/app\n',
    },
    {
      name: 'names on the config allow list (exact and *.wildcard)',
      config: { allow: ['git.mycompany', '*.corp'] },
      code: 'a: https://git.mycompany/\nb: https://payments.corp/\n',
    },
    { name: 'a JWT issuer that is a plain name, not a host', language: 'json', code: '{ "JwtSettings": { "Issuer": "LearningHub", "Audience": "api" } }' },
    {
      name: 'a multi-line block under a servers key is not a host list',
      code: 'app_servers: |\n  APS.Analysis,Stopped,Disabled\n  APS.Core,Running,Enabled\n',
    },
    {
      name: 'Kubernetes <service>.<namespace> short form in Helm values',
      fileName: 'charts/app/values-production.yaml',
      code: 'env:\n  - name: API\n    value: "http://licensify-frontend.licensify"\n',
    },
    {
      name: 'public names that contain private-looking words',
      code: 'a: https://service.internal.nhs.uk/\nb: https://printer.local.example.nhs.uk/\nc: https://mylocalhost.com/\n',
    },
    { name: 'Compose service names in an internal role', code: 'DB_HOST: postgres\nREDIS_URL: redis://cache:6379\n', fileName: 'docker-compose.yml' },
    { name: 'in-cluster names in an internal role', code: 'env:\n  - name: ORDERS_URL\n    value: https://orders.shop.svc.cluster.local:8443\n' },
    { name: 'localhost belongs to loopback-address', code: 'url: https://localhost:8443/\n' },
    { name: 'file names under host-like keys', code: 'host_file: hosts.txt\ntarget: app.jar\n' },
    { name: 'prose and identifiers', code: 'description: "talks to db.corp"\n$schema: https://schemas.corp/x.json\n' },
    { name: 'bare words in an other role are not hosts', code: 'name: my-service\nmode: fast.lane\n' },
    { name: 'templated', code: 'issuer: https://{{ .Values.authHost }}/\nHOST: ${HOSTNAME}.corp\n' },
    { name: 'real TLDs', code: 'a: https://api.service.gov.uk\nb: https://app.dev\nc: https://x.nhs.net\n' },
    {
      name: 'issue 9: FHIR systems and canonical URLs with non-public names are identifiers',
      language: 'json',
      code:
        '{"resourceType":"Patient","identifier":[{"system":"https://ids.trust.internal/mrn"}],' +
        '"meta":{"profile":["https://fhir.trust.internal/StructureDefinition/p"]}}',
    },
  ],
  invalid: [
    {
      name: 'a real-looking .local host is still reported',
      fileName: 'helm_deploy/app/values.yaml',
      code: 'ingress:\n  host: portal.office.local\n',
      errors: [{ messageId: 'specialUse', text: 'portal.office.local' }],
    },
    {
      name: 'a placeholder fallback is only a reminder (info), as for localhost',
      code: 'links:\n  selfserviceUrl: ${SELFSERVICE_URL:-https://selfservice.pymnt.localdomain}\n  db_host: db01.corp\n',
      errors: [
        { messageId: 'placeholderDefault', text: 'selfservice.pymnt.localdomain', line: 2, severity: 'info' },
        { messageId: 'privateUseTld', text: 'db01.corp', line: 3, severity: 'error' },
      ],
    },
    {
      name: 'a block that is switched on, or whose TLS (a sibling) is off, is still read',
      code: 'ingress:\n  enabled: true\n  issuer: https://auth.svc.cluster.local/\ndb:\n  host: db01.lan\n  tls:\n    enabled: false\n',
      errors: [
        { messageId: 'platformInternal', text: 'auth.svc.cluster.local', line: 3 },
        { messageId: 'privateUseTld', text: 'db01.lan', line: 5 },
      ],
    },
    {
      name: 'a cloud private zone name in a public role (issuer, CORS origin)',
      code: 'issuer: https://auth.prod.example.internal/realms/x\ncors:\n  allowedOrigins:\n    - https://portal.prod.example.internal\n',
      errors: [
        { messageId: 'platformInternal', text: 'auth.prod.example.internal', line: 1, severity: 'error' },
        { messageId: 'corsOrigin', text: 'portal.prod.example.internal', line: 4, severity: 'error' },
      ],
    },
    {
      name: 'an AWS private DNS name that spells a private address is reported wherever the address would be',
      code: 'DB_HOST: ip-10-0-1-17.eu-west-2.compute.internal\napi: https://ip-172-31-5-9.ec2.internal:8443/\n',
      errors: [
        { messageId: 'privateAddressName', text: 'ip-10-0-1-17.eu-west-2.compute.internal', line: 1, severity: 'error' },
        { messageId: 'privateAddressName', text: 'ip-172-31-5-9.ec2.internal', line: 2, severity: 'error' },
      ],
    },
    {
      name: '.NET configuration keys as environment variables and with colons mean their nested form (public roles)',
      fileName: 'docker-compose.yml',
      code:
        'services:\n  api:\n    image: api\n    environment:\n      - Auth__Providers__0__Issuer=https://keycloak.auth.svc.cluster.local/realms/x\n---\n' +
        'env:\n  - name: AUTHENTICATION:ISSUER\n    value: https://login/\n',
      errors: [
        { messageId: 'platformInternal', text: 'keycloak.auth.svc.cluster.local', line: 5 },
        { messageId: 'singleLabel', text: 'login', line: 9 },
      ],
    },
    {
      name: 'a dotted Spring key means its nested form (issuer-uri is a public role)',
      code: 'spring.security.oauth2.client.provider.nhs.issuer-uri: https://auth.auth.svc.cluster.local/realms/nhs\n',
      errors: [{ messageId: 'platformInternal', text: 'auth.auth.svc.cluster.local' }],
    },
    {
      name: 'quieter in a development file',
      language: 'json',
      fileName: 'src/appsettings.Development.json',
      code: '{ "Authority": "https://lh-auth.dev.local" }',
      errors: [{ messageId: 'specialUse', text: 'lh-auth.dev.local', severity: 'info' }],
    },
    {
      name: 'private-use TLDs in URLs and host keys',
      code: 'api: https://payments.corp/v1\nDB_HOST: db01.lan\nldap: ldaps://dc1.internal:636\n',
      errors: [
        { messageId: 'privateUseTld', text: 'payments.corp', line: 1, column: 14 },
        { messageId: 'privateUseTld', text: 'db01.lan', line: 2 },
        { messageId: 'privateUseTld', text: 'dc1.internal', line: 3 },
      ],
    },
    {
      name: 'special-use names',
      code: 'a: https://printer.local/\nb: https://nas.home.arpa/\n',
      errors: [
        { messageId: 'specialUse', text: 'printer.local' },
        { messageId: 'specialUse', text: 'nas.home.arpa' },
      ],
    },
    {
      name: 'onion and documentation names have quieter severities',
      code: 'a: https://abc.onion/\nb: https://api.example.com/\nc: https://x.test/\n',
      errors: [
        { messageId: 'specialNetwork', text: 'abc.onion', severity: 'warning' },
        { messageId: 'documentation', text: 'api.example.com', severity: 'info' },
        { messageId: 'documentation', text: 'x.test', severity: 'info' },
      ],
    },
    { name: 'unknown TLD', code: 'server: https://git.mycompany/\n', errors: [{ messageId: 'unknownTld', text: 'git.mycompany', severity: 'warning' }] },
    {
      name: 'platform names in public roles',
      code: 'issuer: https://keycloak.auth.svc.cluster.local/realms/x\nredirect_uri: https://ip-10-0-0-1.ec2.internal/cb\n',
      errors: [
        { messageId: 'platformInternal', text: 'keycloak.auth.svc.cluster.local' },
        { messageId: 'platformInternal', text: 'ip-10-0-0-1.ec2.internal' },
      ],
    },
    {
      name: 'single-label names in public roles (OpenAPI server, OAuth)',
      code:
        'openapi: 3.0.0\nservers:\n  - url: https://api/v1\ncomponents:\n  securitySchemes:\n    o:\n      flows:\n        clientCredentials:\n' +
        '          tokenUrl: https://auth/token\n',
      errors: [
        { messageId: 'singleLabel', text: 'api', line: 3 },
        { messageId: 'singleLabel', text: 'auth', line: 9 },
      ],
    },
    {
      name: 'connection strings and upper case with a trailing dot',
      language: 'json',
      code: '{ "ConnectionStrings": { "Db": "Server=tcp:SQL01.CORP.,1433;Database=x" } }',
      errors: [{ messageId: 'privateUseTld', text: 'SQL01.CORP.' }],
    },
    {
      name: 'Ingress hosts are public',
      code: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nspec:\n  rules:\n    - host: portal\n',
      errors: [{ messageId: 'singleLabel', text: 'portal' }],
    },
    {
      name: "the config file's hostMap names the internet name (case and trailing dot as written elsewhere)",
      config: { hostMap: { 'pds.corp': 'api.service.nhs.uk' } },
      code: 'PDS_URL: https://PDS.CORP./personal-demographics\nOTHER_URL: https://crm.corp/\n',
      errors: [
        { messageId: 'privateUseTld', text: 'PDS.CORP.' },
        { messageId: 'privateUseTld', text: 'crm.corp' },
      ],
      output: 'PDS_URL: https://api.service.nhs.uk./personal-demographics\nOTHER_URL: https://crm.corp/\n',
    },
    {
      name: 'of several declared public DNS names, the one with the same first label is offered for review',
      code:
        'apiVersion: internet-first/v1\nkind: ServiceManifest\nspec:\n  publicDnsNames: [portal.example.nhs.uk, api.example.nhs.uk]\n  endpoints:\n' +
        '    - name: api\n      url: https://api.svc.cluster.local/v1\n',
      errors: [
        {
          messageId: 'platformInternal',
          text: 'api.svc.cluster.local',
          line: 7,
          suggestions: [
            {
              title: "Use the internet name api.example.nhs.uk (from the manifest's publicDnsNames)",
              output:
                'apiVersion: internet-first/v1\nkind: ServiceManifest\nspec:\n  publicDnsNames: [portal.example.nhs.uk, api.example.nhs.uk]\n  endpoints:\n' +
                '    - name: api\n      url: https://api.example.nhs.uk/v1\n',
            },
          ],
        },
      ],
    },
    {
      name: 'issue 9: a FHIR Attachment.url with a non-public name is a destination',
      language: 'json',
      code: '{"resourceType":"DocumentReference","content":[{"attachment":{"url":"https://docs.trust.internal/1"}}]}',
      errors: [{ messageId: 'platformInternal', text: 'docs.trust.internal' }],
    },
  ],
};
