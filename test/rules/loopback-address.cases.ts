import type { RuleCases } from './rule-tester';

export const cases: RuleCases = {
  ruleId: 'loopback-address',
  valid: [
    {
      name: 'a token audience is an identifier, compared with the aud claim and never fetched',
      language: 'json',
      code: '{ "Jwt": { "ValidAudience": "https://localhost", "Audience": "http://127.0.0.1:5000" } }',
    },
    {
      name: 'an nginx snippet proxying to an app on its own host',
      code: 'extra_parameters: |\n  location / {\n      proxy_pass          http://localhost:5601;\n  }\n',
    },
    {
      name: 'a switched-off block configures nothing',
      code: 'logging:\n  logstash:\n    enabled: false\n    host: localhost\n    port: 5000\nnginxAgent:\n  enable: false\n  syslog:\n    host: "127.0.0.1"\n',
    },
    {
      name: 'Elasticsearch transport.host is its own bind address (a dotted key)',
      fileName: 'docker-compose.yml',
      code: 'services:\n  es:\n    image: elasticsearch:7.9.3\n    environment:\n      - http.host=0.0.0.0\n      - transport.host=127.0.0.1\n',
    },
    { name: 'HTML inside a string is prose', code: 'content: \'<a href="http://localhost:3000/d/x">local Grafana</a>\'\n' },
    // A local context (deployment-context.ts): loopback is how a developer's own stack reaches itself.
    {
      name: 'appsettings.Local.json is a local profile',
      fileName: 'src/Api/appsettings.Local.json',
      language: 'json',
      code: '{ "Api": { "BaseUrl": "http://localhost:5001" } }',
    },
    { name: 'a Spring local profile', fileName: 'src/main/resources/application-local.yml', code: 'api:\n  url: http://localhost:8080\n' },
    { name: 'a test folder inside the repository', fileName: 'src/test/resources/application.yml', code: 'api:\n  url: http://localhost:8080\n' },
    { name: 'an example env file', fileName: 'mhs/inbound/mhs-inbound-env-example.yaml', code: 'MHS_URL: http://localhost:8080\n' },
    {
      name: 'a Compose project running an emulator is a local stack',
      fileName: 'compose.yaml',
      code:
        'services:\n  api:\n    image: api\n    environment:\n      BLOB_URL: http://127.0.0.1:10000\n  azurite:\n' +
        '    image: mcr.microsoft.com/azure-storage/azurite\n',
    },
    {
      name: 'a Compose service in the Development profile',
      fileName: 'compose.yaml',
      code: 'services:\n  web:\n    image: web\n    environment:\n      ASPNETCORE_ENVIRONMENT: Development\n      NEXTAUTH_URL: http://localhost:3000\n',
    },
    // Was "info in a development file": issue 9 asks that loopback in a local context is not reported at all.
    {
      name: 'appsettings.Development.json is a local profile: no finding, not even info',
      fileName: 'appsettings.Development.json',
      language: 'json',
      code: '{ "ConnectionStrings": { "Db": "Data Source=localhost;Initial Catalog=x" } }',
    },
    {
      name: 'a LocalStack name in a Spring dev profile is the local stack reaching itself',
      fileName: 'src/main/resources/application-dev.yml',
      code: 'opensearch:\n  uris: http://os01.eu-west-2.opensearch.localhost.localstack.cloud:4566\n',
    },
    {
      name: 'seed data of a reference implementation is sample data',
      fileName: 'data/defaultdata/DocumentReference.json',
      language: 'json',
      code: '{"resourceType":"DocumentReference","content":[{"attachment":{"url":"http://localhost:55448/binary/1"}}]}',
    },
    {
      name: 'bind and listen addresses',
      code: 'listen: 127.0.0.1:8080\nbind_address: "::1"\nserver:\n  address: 127.0.0.1\nASPNETCORE_URLS: http://localhost:5000\n',
    },
    {
      name: 'Kubernetes probes and a Compose health check',
      code:
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n    - name: api\n      livenessProbe:\n        httpGet:\n' +
        '          host: 127.0.0.1\n          path: /healthz\n      readinessProbe:\n        exec:\n' +
        '          command: ["curl", "-f", "http://localhost:8080/ready"]\n',
    },
    {
      name: 'Compose health check',
      fileName: 'docker-compose.yml',
      code: 'services:\n  api:\n    image: api\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8080/health"]\n',
    },
    {
      name: 'a sidecar in the same pod (nginx proxy in front of the app)',
      code:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: site\nspec:\n  template:\n    spec:\n      containers:\n        - name: proxy\n' +
        '          image: nginx-proxy\n          env:\n            - name: UPSTREAM_HOST\n              value: "127.0.0.1"\n        - name: app\n' +
        '          image: app\n',
    },
    {
      name: 'Dapr sidecar injected by annotation, and its well-known ports',
      code:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\nspec:\n  template:\n    metadata:\n      annotations:\n' +
        '        dapr.io/enabled: "true"\n    spec:\n      containers:\n        - name: orders\n          env:\n            - name: STATE_STORE_URL\n' +
        '              value: http://localhost:3601/v1.0/state\n',
    },
    {
      name: 'sidecar and agent ports and keys (Dapr, Envoy admin, OTLP, Datadog)',
      code:
        'DAPR_HTTP_ENDPOINT: http://localhost:3500\nDAPR_GRPC_ENDPOINT: localhost:50001\nenvoy_admin_url: http://127.0.0.1:9901/\n' +
        'OTEL_EXPORTER_OTLP_ENDPOINT: http://localhost:4317\nDD_AGENT_HOST: localhost\n',
    },
    {
      name: 'Envoy cluster upstream beside the proxy',
      code:
        'static_resources:\n  clusters:\n    - name: local_app\n      load_assignment:\n        endpoints:\n          - lb_endpoints:\n' +
        '              - endpoint:\n                  address:\n                    socket_address:\n                      address: 127.0.0.1\n' +
        '                      port_value: 8080\n',
    },
    {
      name: "a Compose service sharing another service's network namespace",
      fileName: 'docker-compose.yml',
      code:
        'services:\n  app:\n    image: app\n  worker:\n    image: worker\n    network_mode: "service:app"\n    environment:\n' +
        '      APP_URL: http://localhost:8080\n',
    },
    {
      name: 'a Compose service naming its own container',
      fileName: 'docker-compose.yml',
      code: 'services:\n  rabbitmq:\n    image: rabbitmq\n    hostname: "localhost"\n',
    },
    {
      name: 'a CI workflow reaches its service containers on the runner',
      fileName: '.github/workflows/test.yml',
      code: 'jobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      PS_DB_HOST: localhost\n      PS_DB_URL: postgresql://localhost:5432/db\n',
    },
    {
      name: 'command-line listen flags',
      code: 'args: ["--listen=http://127.0.0.1:9090", "--urls", "http://localhost:5000", "--web.listen-address=127.0.0.1:9100"]\n',
    },
    { name: 'no_proxy lists and proxy trust are not destinations', code: 'NO_PROXY: localhost,127.0.0.1,.svc\nknownProxies: ["127.0.0.1", "::1"]\n' },
    { name: 'versions and image tags', code: 'image: registry.example.org/app:127.0.0.1-alpine\ntag: 127.0.0.1-alpine\nversion: "127.0.0.1"\n' },
    {
      name: 'public names that contain "localhost"',
      code: 'api_url: https://mylocalhost.com/\nhost: localhost.example.org\nb_url: https://localhost-proxy.nhs.uk/\n',
    },
    {
      name: 'prose, comments, identifiers and templated values',
      code:
        '# was http://localhost:8080\ndescription: "Run it on http://localhost:8080 first"\n$schema: http://localhost/schema.json\n' +
        'url: http://{{ .Values.host }}:8080\nhost: ${DB_HOST}\n',
    },
    { name: 'a bare loopback address in a key that names nothing', code: 'fallback: 127.0.0.1\nmode: "::1"\n' },
    { name: 'a loopback CIDR names a network', code: 'api_hosts: 127.0.0.0/8\n' },
    {
      name: "cloud metadata and link-local addresses are private-address's",
      code: 'metadata_url: http://169.254.169.254/latest/meta-data/\nb_host: fe80::1%eth0\n',
    },
    { name: 'public and private neighbours are other rules', code: 'a_url: http://128.0.0.1/\nb_url: http://126.255.255.255/\nc_host: "::2"\n' },
  ],
  invalid: [
    // An environment named test or dev is deployed: the name is not a local stack.
    {
      name: 'Ansible group_vars for a test environment',
      fileName: 'ansible/group_vars/test.yml',
      code: 'api_url: http://localhost:8080\n',
      errors: [{ messageId: 'localhost', text: 'localhost', severity: 'warning' }],
    },
    {
      name: 'Terraform environments/test',
      fileName: 'infrastructure/environments/test/config.json',
      language: 'json',
      code: '{ "api_url": "http://localhost:8080" }',
      errors: [{ messageId: 'localhost', text: 'localhost', severity: 'warning' }],
    },
    {
      name: 'Helm values for a test environment',
      fileName: 'helm_deploy/values-test.yaml',
      code: 'env:\n  API_URL: http://localhost:8080\n',
      errors: [{ messageId: 'localhost', text: 'localhost', severity: 'warning' }],
    },
    {
      name: 'only the Development service of a Compose file is local',
      fileName: 'compose.yaml',
      code:
        'services:\n  web:\n    image: web\n    environment:\n      NODE_ENV: development\n      API: http://localhost:1\n  worker:\n    image: worker\n' +
        '    environment:\n      API: http://localhost:2\n',
      errors: [{ messageId: 'localhost', text: 'localhost', line: 10 }],
    },
    {
      name: 'public names that DNS answers with 127.0.0.1 (LocalStack, localtest.me) are loopback by another name',
      code: 'opensearch_url: http://os01.eu-west-2.opensearch.localhost.localstack.cloud:4566\napi_url: https://app.localtest.me:8443/\n',
      errors: [
        { messageId: 'loopbackDomain', text: 'os01.eu-west-2.opensearch.localhost.localstack.cloud', line: 1 },
        { messageId: 'loopbackDomain', text: 'app.localtest.me', line: 2 },
      ],
    },
    {
      name: 'a CORS origin on localhost in a deployed config is its own finding',
      fileName: 'appsettings.Production.json',
      language: 'json',
      code: '{ "Cors": { "AllowedOrigins": [ "http://localhost:3000" ] } }',
      errors: [{ messageId: 'corsOrigin', text: 'localhost', severity: 'warning' }],
    },
    {
      name: '.NET keys as environment variables: a loopback issuer is a public role',
      code: 'env:\n  - name: Auth__Providers__0__Issuer\n    value: https://localhost:5001\n',
      errors: [{ messageId: 'publicRole', text: 'localhost' }],
    },
    {
      name: 'URL hosts, also after userinfo and jdbc:',
      code: 'api_url: http://localhost:8080/api\ndb_url: jdbc:postgresql://127.0.0.1:5432/app\ncache_url: redis://:secret@127.0.0.1:6379/0\n',
      errors: [
        { messageId: 'localhost', text: 'localhost', line: 1, column: 17, severity: 'warning' },
        { messageId: 'loopbackAddress', text: '127.0.0.1', line: 2, column: 27 },
        { messageId: 'loopbackAddress', text: '127.0.0.1', line: 3, column: 28 },
      ],
    },
    {
      name: 'all of 127.0.0.0/8, and ::1 bracketed with a port, written out in full, or with a zone id',
      code: 'a_host: 127.0.1.1\nb_url: "http://[::1]:3000/"\nc_url: "http://[0:0:0:0:0:0:0:1]:80/"\nd_host: 0:0:0:0:0:0:0:1\ne_url: "http://[::1%lo0]:8080/"\n',
      errors: [
        { messageId: 'loopbackAddress', text: '127.0.1.1', line: 1 },
        { messageId: 'loopbackAddress', text: '::1', line: 2, column: 17 },
        { messageId: 'loopbackAddress', text: '0:0:0:0:0:0:0:1', line: 3 },
        { messageId: 'loopbackAddress', text: '0:0:0:0:0:0:0:1', line: 4 },
        { messageId: 'loopbackAddress', text: '::1%lo0', line: 5, column: 17 },
      ],
    },
    {
      name: 'non-canonical IPv4 in URLs, which WHATWG parsing turns into 127.0.0.1',
      code: 'a_url: http://127.1/\nb_url: http://0x7f.1/\nc_url: http://2130706433/\nd_url: http://0177.0.0.1/\n',
      errors: [
        { messageId: 'loopbackAddress', text: '127.1' },
        { messageId: 'loopbackAddress', text: '0x7f.1' },
        { messageId: 'loopbackAddress', text: '2130706433' },
        { messageId: 'loopbackAddress', text: '0177.0.0.1' },
      ],
    },
    {
      name: 'fullwidth ｌｏｃａｌｈｏｓｔ (WHATWG maps it to localhost), *.localhost, upper case and a trailing dot',
      code: 'a_url: http://ｌｏｃａｌｈｏｓｔ:8080/\nb_host: api.localhost\nc_url: http://LOCALHOST./x\n',
      errors: [
        { messageId: 'localhost', text: 'ｌｏｃａｌｈｏｓｔ', line: 1, column: 15 },
        { messageId: 'localhost', text: 'api.localhost', line: 2 },
        { messageId: 'localhost', text: 'LOCALHOST.', line: 3 },
      ],
    },
    {
      name: 'loopback embedded in IPv6 forms',
      code: 'a_host: ::ffff:127.0.0.1\nb_url: "http://[::ffff:7f00:1]:8080/"\n',
      errors: [
        { messageId: 'embedded', text: '::ffff:127.0.0.1' },
        { messageId: 'embedded', text: '::ffff:7f00:1' },
      ],
    },
    {
      name: 'ADO.NET and libpq connection strings, and a host:port list',
      language: 'json',
      code:
        '{ "ConnectionStrings": { "Db": "Server=tcp:localhost,1433;Database=x", "Pg": "host=127.0.0.1 port=5432 dbname=x" }, ' +
        '"AMQP_BROKERS": "localhost:5672" }',
      errors: [
        { messageId: 'localhost', text: 'localhost' },
        { messageId: 'loopbackAddress', text: '127.0.0.1' },
        { messageId: 'localhost', text: 'localhost' },
      ],
    },
    {
      name: 'public roles: an OAuth issuer, a redirect URI and an OpenAPI server',
      code: 'openapi: 3.0.3\ninfo:\n  title: x\n  version: "1"\nservers:\n  - url: https://localhost\n    description: no public server\n',
      errors: [{ messageId: 'publicRole', text: 'localhost', line: 6, column: 18, severity: 'warning' }],
    },
    {
      name: 'issuer and redirect URIs',
      code: 'issuer: http://127.0.0.1:8080/realms/nhs\nredirect_uris:\n  - https://localhost:3000/callback\n',
      errors: [
        { messageId: 'publicRole', text: '127.0.0.1' },
        { messageId: 'publicRole', text: 'localhost' },
      ],
    },
    {
      name: 'a placeholder default is a fallback (info): Spring, shell/Compose, with a jdbc: prefix',
      code:
        'broker: ${AMQP_BROKER:amqp://localhost:5672}\nmesh_url: ${MESH_URL:-https://localhost:8700/messageexchange}\n' +
        'url: ${DB_URL:jdbc:postgresql://127.0.0.1:5436}/db\n',
      errors: [
        { messageId: 'placeholderDefault', text: 'localhost', line: 1, severity: 'info' },
        { messageId: 'placeholderDefault', text: 'localhost', line: 2, severity: 'info' },
        { messageId: 'placeholderDefault', text: '127.0.0.1', line: 3, severity: 'info' },
      ],
    },
    {
      name: 'URLs in keys nothing else recognises; a destination flag on a command line',
      code: 'support_link: https://localhost/resource/files\nargs: ["--listen=:8080", "--upstream=http://127.0.0.1:8080"]\n',
      errors: [
        { messageId: 'localhost', text: 'localhost', line: 1 },
        { messageId: 'loopbackAddress', text: '127.0.0.1', line: 2 },
      ],
    },
    {
      name: 'a one-container pod has no sidecar to reach',
      code:
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n    - name: api\n      env:\n        - name: DB_HOST\n' +
        '          value: localhost\n',
      errors: [{ messageId: 'localhost', text: 'localhost', line: 10 }],
    },
    {
      name: "Compose: a container's localhost is itself",
      fileName: 'docker-compose.yml',
      code: 'services:\n  api:\n    image: api\n    environment:\n      - MESH_API_BASE_URL=https://localhost:8700/messageexchange\n',
      errors: [{ messageId: 'localhost', text: 'localhost', line: 5, column: 35 }],
    },
    {
      name: 'an anchored value is reported once, not at each alias',
      code: 'base: &api http://localhost:8080\nclients:\n  a_url: *api\n  b_url: *api\n',
      errors: [{ messageId: 'localhost', text: 'localhost', line: 1 }],
    },
    {
      name: 'a block scalar keeps an exact range',
      code: 'db_url: |\n  postgres://127.0.0.1:5432/app\n',
      errors: [{ messageId: 'loopbackAddress', text: '127.0.0.1', line: 2, column: 14 }],
    },
  ],
};
