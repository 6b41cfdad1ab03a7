import type { RuleCases } from './rule-tester';

export const cases: RuleCases = {
  ruleId: 'insecure-url',
  valid: [
    // Token-substitution files (Octopus `#{Host}#`, replace-tokens `#HOST#`, `__HOST__`) are valid YAML: the tokens are placeholders.
    {
      name: '#PLACEHOLDER#-style substitution tokens are unresolved placeholders',
      code: 'api_url: "http://#API_HOST#:8080/"\nbackend: "http://#{BackendHost}#/v1"\nredis: "redis://__REDIS_HOST__:6379"\n',
    },
    {
      name: 'a name public DNS answers with 127.0.0.1 never leaves the machine (LocalStack)',
      code: 'opensearch_url: http://os01.eu-west-2.opensearch.localhost.localstack.cloud:4566\n',
    },
    {
      name: 'a SOAP service name is a namespace identifier, not a call',
      code: 'notification:\n  service-name: http://legalservices.gov.uk/CCMS/CaseManagement/Case/1.0/NotificationService\n',
    },
    {
      name: 'HTML inside a string is prose (a Grafana text panel)',
      language: 'json',
      code: '{ "options": { "content": "<a href=\\"http://status.example.org/\\">status</a>" } }',
    },
    { name: 'a cloud private zone name outside a public role is east–west', code: 'db_url: http://db.prod.example.internal:8080/\n' },
    { name: 'Kubernetes short form in Helm values', fileName: 'values.yaml', code: 'url: http://orders.checkout-ns:8080/\n' },
    'url: https://api.service.nhs.uk/x\n',
    { name: 'loopback', code: 'a: http://localhost:8080/\nb: http://127.0.0.1/\nc: http://[::1]:3000/\nd: http://127.1/\n' },
    { name: 'bind', code: 'ASPNETCORE_URLS: http://+:80\nlisten: http://0.0.0.0:8080\nurls: "http://[::]:80"\n' },
    {
      name: 'identifiers',
      code:
        '$schema: http://json-schema.org/draft-07/schema#\nxmlns: http://www.w3.org/2000/svg\nsystem: http://snomed.info/sct\n' +
        'license: http://www.apache.org/licenses/LICENSE-2.0\n',
    },
    {
      name: 'FHIR resources are identifiers',
      language: 'json',
      code:
        '{"resourceType":"Patient","meta":{"profile":["http://hl7.org/fhir/StructureDefinition/Patient"]},' +
        '"identifier":[{"system":"http://fhir.nhs.uk/Id/nhs-number"}]}',
    },
    { name: 'namespace hosts under any key', code: 'schemaLocation: http://www.w3.org/2001/XMLSchema\n' },
    { name: 'prose and comments', code: '# was http://api.example.org\ndescription: "the old http://api.example.org endpoint"\n' },
    { name: 'templated host', code: 'url: http://{{ .Values.host }}/\nother: http://${API_HOST}/\n' },
    { name: 'in-cluster east-west traffic', code: 'DB_URL: http://orders.default.svc.cluster.local:8080\nCACHE: redis://cache:6379/0\nAPI: http://api:3000\n' },
    { name: 'secure schemes', code: 'a: wss://x.example.org\nb: rediss://cache.example.org:6380\nc: ldaps://ldap.example.org\n' },
    { name: 'version of a URL-like identifier', code: 'image: docker.io/library/nginx:1.25\n' },
    {
      name: 'issue 9: a templated host with https, under a key that is not a public URL (may be in-cluster), or with a templated scheme',
      code:
        'public_url: https://${HOST}\nbackend_url: http://${BACKEND}/api\nservice_url: "http://{{ .Release.Name }}-api:8080"\n' +
        'site_url: "{{ if .Values.tls }}https{{ else }}http{{ end }}://{{ .Values.host }}"\n',
    },
    {
      name: 'issue 9 (REVIEW.tsv fp, laa-ccms-soa-gateway-api): a URL under a …name key is a SOAP service name, not a destination',
      code:
        'notification:\n  service-name: http://legalservices.gov.uk/CCMS/CaseManagement/Case/1.0/NotificationService\n' +
        '  qName: http://example.gov.uk/ns/Service\n',
    },
    {
      name: 'issue 9 (REVIEW.tsv fp, govuk-docker, hmpps-prisoner-search): public names that resolve to 127.0.0.1 for local stacks',
      code:
        'GOVUK_ASSET_ROOT: "http://asset-manager.dev.gov.uk"\nopensearch:\n  uris: http://os01.eu-west-2.opensearch.localhost.localstack.cloud:4566\n' +
        'app_url: http://app.localtest.me:3000\n',
    },
    {
      name: 'issue 9: FHIR canonical URLs (CodeSystem.url, ValueSet, StructureDefinition, extension.url, coding.system) stay names',
      language: 'json',
      code:
        '{"resourceType":"CodeSystem","url":"http://terminology.example.org/CodeSystem/x","valueSet":"http://terminology.example.org/ValueSet/x",' +
        '"extension":[{"url":"http://example.org/StructureDefinition/e","valueCoding":{"system":"http://example.org/cs","code":"a"}}],' +
        '"identifier":[{"system":"http://example.org/id","value":"http://example.org/id/1"}]}',
    },
  ],
  invalid: [
    {
      name: 'an AWS private DNS name that spells an address is judged as the address (not east–west)',
      code: 'api_url: http://ip-10-0-1-17.eu-west-2.compute.internal:8080/\nother_url: http://10.0.1.17:8080/\n',
      errors: [
        { messageId: 'insecureScheme', text: 'http://ip-10-0-1-17.eu-west-2.compute.internal:8080' },
        { messageId: 'insecureScheme', text: 'http://10.0.1.17:8080' },
      ],
      output: 'api_url: https://ip-10-0-1-17.eu-west-2.compute.internal:8080/\nother_url: https://10.0.1.17:8080/\n',
    },
    {
      name: 'Apache Camel http4 routes are plain HTTP',
      code: 'camel.route.tkw: http4://tkw.example.org?bridgeEndpoint=true\n',
      errors: [{ messageId: 'insecureScheme', text: 'http4://tkw.example.org' }],
      output: 'camel.route.tkw: https4://tkw.example.org?bridgeEndpoint=true\n',
    },
    {
      name: 'a plain-HTTP CORS origin',
      code: 'cors:\n  origins:\n    - http://portal.example.org\n',
      errors: [{ messageId: 'insecureOrigin', text: 'http://portal.example.org' }],
      output: 'cors:\n  origins:\n    - https://portal.example.org\n',
    },
    {
      name: 'http to https',
      code: 'url: http://api.example.org/x\n',
      errors: [{ messageId: 'insecureScheme', text: 'http://api.example.org', line: 1, column: 6 }],
      output: 'url: https://api.example.org/x\n',
    },
    {
      name: 'ws to wss and the default port moves',
      code: 'socket: ws://events.example.org:80/stream\n',
      errors: [{ messageId: 'insecureScheme', text: 'ws://events.example.org:80' }],
      output: 'socket: wss://events.example.org:443/stream\n',
    },
    {
      name: 'other schemes',
      code: 'a: ldap://dir.example.org:389\nb: amqp://mq.example.org\nc: mqtt://m.example.org:1883\nd: ftp://files.example.org/\n',
      errors: [
        { messageId: 'insecureScheme', text: 'ldap://dir.example.org:389' },
        { messageId: 'insecureScheme', text: 'amqp://mq.example.org' },
        { messageId: 'insecureScheme', text: 'mqtt://m.example.org:1883' },
        { messageId: 'insecureScheme', text: 'ftp://files.example.org' },
      ],
      output: 'a: ldaps://dir.example.org:636\nb: amqps://mq.example.org\nc: mqtts://m.example.org:8883\nd: ftps://files.example.org/\n',
    },
    {
      name: 'telnet has no TLS form',
      code: 'console: telnet://switch.example.org\n',
      errors: [{ messageId: 'noSecureForm', text: 'telnet://switch.example.org' }],
    },
    {
      name: 'a private address is still plain text',
      code: 'backend: http://10.0.0.5:8080/\n',
      errors: [{ messageId: 'insecureScheme', text: 'http://10.0.0.5:8080' }],
      output: 'backend: https://10.0.0.5:8080/\n',
    },
    {
      name: 'an internal name in a public role',
      code: 'redirectUri: http://web/callback\n',
      errors: [{ messageId: 'insecureScheme', text: 'http://web' }],
      output: 'redirectUri: https://web/callback\n',
    },
    {
      name: 'JSON with a namespace host in a public role',
      language: 'json',
      code: '{ "Authority": "http://login.example.org/" }',
      errors: [{ messageId: 'insecureScheme', text: 'http://login.example.org' }],
      output: '{ "Authority": "https://login.example.org/" }',
    },
    {
      name: 'upper-case scheme keeps the rest of the URL',
      code: 'url: "HTTP://API.EXAMPLE.ORG/a?b=c"\n',
      errors: [{ messageId: 'insecureScheme', text: 'HTTP://API.EXAMPLE.ORG' }],
      output: 'url: "https://API.EXAMPLE.ORG/a?b=c"\n',
    },
    {
      name: 'multi-host URL reported once',
      code: 'MONGO: mongodb://a.example.org,b.example.org/db\nQ: amqp://x.example.org,http://y.example.org\n',
      errors: [
        { messageId: 'insecureScheme', text: 'amqp://x.example.org' },
        { messageId: 'insecureScheme', text: 'http://y.example.org' },
      ],
      output: 'MONGO: mongodb://a.example.org,b.example.org/db\nQ: amqps://x.example.org,https://y.example.org\n',
    },
    {
      name: 'redis to rediss (no default port to move), http with an explicit :80',
      code: 'cache: redis://cache.example.org:6379/0\nsite: http://www.example.org:80/\n',
      errors: [
        { messageId: 'insecureScheme', text: 'redis://cache.example.org:6379' },
        { messageId: 'insecureScheme', text: 'http://www.example.org:80' },
      ],
      output: 'cache: rediss://cache.example.org:6379/0\nsite: https://www.example.org:443/\n',
    },
    {
      name: 'issue 9: a literal http:// with a templated host under a public URL key is still plain HTTP',
      code: 'site_url: "http://{{ inventory_hostname }}"\nBASE_URL: http://${HOST}/app\nissuer: http://{{ .Values.host }}:8080/realms/x\n',
      errors: [
        { messageId: 'templatedHost', text: 'http://{{ inventory_hostname }}', line: 1, column: 12 },
        { messageId: 'templatedHost', text: 'http://${HOST}', line: 2 },
        { messageId: 'templatedHost', text: 'http://{{ .Values.host }}', line: 3 },
      ],
      output: 'site_url: "https://{{ inventory_hostname }}"\nBASE_URL: https://${HOST}/app\nissuer: https://{{ .Values.host }}:8080/realms/x\n',
    },
    {
      name: 'issue 9: host name keys are destinations; look-alikes of the loopback domains are not exempt',
      code: 'serviceHostName: http://api.example.gov.uk/x\nasset_root: http://assets.notdev.gov.uk\n',
      errors: [
        { messageId: 'insecureScheme', text: 'http://api.example.gov.uk', line: 1 },
        { messageId: 'insecureScheme', text: 'http://assets.notdev.gov.uk', line: 2 },
      ],
      output: 'serviceHostName: https://api.example.gov.uk/x\nasset_root: https://assets.notdev.gov.uk\n',
    },
    {
      name: 'issue 9 (REVIEW.tsv miss, careconnect): an Apache Camel http4:// route is plain HTTP',
      code: 'environment:\n  - camel.route.tkw=http4://tkw.example.org?throwExceptionOnFailure=true\n',
      errors: [{ messageId: 'insecureScheme', text: 'http4://tkw.example.org', line: 2 }],
      output: 'environment:\n  - camel.route.tkw=https4://tkw.example.org?throwExceptionOnFailure=true\n',
    },
    {
      name: 'issue 9: FHIR url-typed elements that locate content are destinations (Attachment.url, Endpoint.address, Subscription.channel.endpoint)',
      language: 'json',
      code:
        '{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"DocumentReference","content":[{"attachment":{"contentType":"application/pdf",' +
        '"url":"http://docs.example.nhs.uk/1"}}]}},{"resource":{"resourceType":"Endpoint","address":"http://ep.example.nhs.uk/fhir"}},' +
        '{"resource":{"resourceType":"Subscription","channel":{"endpoint":"http://hook.example.nhs.uk/n"}}},{"resource":{"resourceType":"Patient",' +
        '"photo":[{"url":"http://img.example.nhs.uk/p.png"}]}}]}',
      errors: [
        { messageId: 'insecureScheme', text: 'http://docs.example.nhs.uk' },
        { messageId: 'insecureScheme', text: 'http://ep.example.nhs.uk' },
        { messageId: 'insecureScheme', text: 'http://hook.example.nhs.uk' },
        { messageId: 'insecureScheme', text: 'http://img.example.nhs.uk' },
      ],
      output:
        '{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"DocumentReference","content":[{"attachment":{"contentType":"application/pdf",' +
        '"url":"https://docs.example.nhs.uk/1"}}]}},{"resource":{"resourceType":"Endpoint","address":"https://ep.example.nhs.uk/fhir"}},' +
        '{"resource":{"resourceType":"Subscription","channel":{"endpoint":"https://hook.example.nhs.uk/n"}}},{"resource":{"resourceType":"Patient",' +
        '"photo":[{"url":"https://img.example.nhs.uk/p.png"}]}}]}',
    },
    {
      name: 'issue 6: ldap:// to SDS says to use the SDS FHIR API, not ldaps://',
      code: 'SDS_LDAP_URL: ldap://sds.example.org\nldap: ldap://ldap.vn03.national.ncrs.nhs.uk\n',
      errors: [
        { messageId: 'sdsLdap', text: 'ldap://sds.example.org', line: 1 },
        { messageId: 'sdsLdap', text: 'ldap://ldap.vn03.national.ncrs.nhs.uk', line: 2 },
      ],
    },
  ],
};
