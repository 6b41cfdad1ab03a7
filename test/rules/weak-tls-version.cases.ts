import type { RuleCases } from './rule-tester';
import { APPSETTINGS_WITH_TLS, INGRESS_NGINX_VALUES_WITH_TLS, SPRING_BOOT_WITH_TLS } from './realistic-configs';

export const cases: RuleCases = {
  ruleId: 'weak-tls-version',
  valid: [
    {
      name: 'version numbers that are not TLS versions',
      code: 'version: 1.1\napiVersion: v1\nappVersion: "1.0"\nimage: nginx:1.1\nminVersion: "1.1"\nclient:\n  protocolVersion: 1.0\n',
    },
    {
      name: 'TLS 1.2 and 1.3 in every spelling',
      code:
        'ssl_protocols: TLSv1.2 TLSv1.3\nminimumTlsVersion: TLS1_2\nminTLSVersion: VersionTLS12\ntls_minimum_protocol_version: TLSv1_2\n' +
        'SslProtocols: "Tls12, Tls13"\nMinimumProtocolVersion: TLSv1.2_2021\ntls:\n  minVersion: "1.2"\n  maxVersion: 1.3\n',
    },
    {
      name: 'a generic TLS protocol name negotiates the highest version',
      fileName: 'application.yml',
      code: 'server.ssl.protocol: TLS\nspring:\n  rabbitmq:\n    ssl:\n      algorithm: TLSv1.2\n',
    },
    { name: 'lists of versions to turn off', code: 'disabledProtocols: TLS1_0,TLS1_1\nJAVA_OPTS: "-Djdk.tls.disabledAlgorithms=SSLv3,TLSv1,TLSv1.1"\n' },
    {
      name: 'entries switched off in directives',
      code: 'apache.conf: |\n  SSLProtocol all -SSLv3 -TLSv1 -TLSv1.1\nhaproxy.cfg: |\n  bind :443 ssl crt /etc/x.pem no-tlsv10 no-tlsv11\n',
    },
    { name: 'cipher strings name TLS versions as cipher groups', code: "ssl_ciphers: 'EECDH+TLSv1.2+HIGH:!SSLv3:!TLSv1'\n" },
    {
      name: 'a service manifest minVersion is left to manifest-schema',
      fileName: 'app.service.yaml',
      code:
        'apiVersion: internet-first/v1\nkind: ServiceManifest\nmetadata:\n  name: app\n  owner: {team: A, email: a@nhs.net}\nspec:\n  exposure: internet\n' +
        '  endpoints:\n    - name: api\n      url: https://api.example.nhs.uk\n      tls:\n        minVersion: "1.1"\n' +
        '      authentication: {type: nhs-cis2}\n',
    },
    { name: 'ALPN and transport protocols', code: 'tls:\n  alpnProtocols: ["http/1.1", "h2"]\nprotocols: [TCP, UDP]\nprotocol: HTTP/1.1\n' },
    { name: 'prose and comments', code: '# ssl_protocols TLSv1 TLSv1.1;\ndescription: "TLSv1.1 was switched off in 2020"\n' },
    { name: 'templated values', code: 'tls:\n  minVersion: "{{ .Values.tls.minVersion }}"\nssl_protocols: ${SSL_PROTOCOLS}\n' },
    { name: 'SSLv23 means "negotiate", not SSL 2 or 3', code: 'ssl_version: PROTOCOL_SSLv23\nsecureProtocol: TLS_method\n' },
    {
      name: 'a realistic Spring Boot application.yml',
      fileName: 'src/main/resources/application.yml',
      code: SPRING_BOOT_WITH_TLS,
    },
    {
      name: 'a realistic appsettings.json',
      language: 'json',
      fileName: 'appsettings.json',
      code: APPSETTINGS_WITH_TLS,
    },
    {
      name: 'a realistic ingress-nginx values file',
      fileName: 'values.yaml',
      code: INGRESS_NGINX_VALUES_WITH_TLS,
    },
    { name: 'a .NET-looking Tls outside SslProtocols', code: 'protocol: Tls\ntransport: Default\n' },
  ],
  invalid: [
    {
      name: 'nginx ssl_protocols: each weak entry underlined',
      code: 'ssl_protocols: TLSv1 TLSv1.1 TLSv1.2\n',
      errors: [
        { messageId: 'deprecatedTls', text: 'TLSv1', line: 1, column: 16, severity: 'error' },
        { messageId: 'deprecatedTls', text: 'TLSv1.1', line: 1, column: 22 },
      ],
      output: 'ssl_protocols: TLSv1.2 TLSv1.3\n',
    },
    {
      name: 'nginx directives in a ConfigMap and a server snippet',
      code:
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nginx\ndata:\n  nginx.conf: |\n    server {\n      listen 443 ssl;\n' +
        '      ssl_protocols SSLv3 TLSv1.2;\n    }\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  annotations:\n' +
        '    nginx.ingress.kubernetes.io/server-snippet: |\n      proxy_ssl_protocols TLSv1.1 TLSv1.2;\n',
      errors: [
        { messageId: 'brokenSsl', text: 'SSLv3', line: 9, column: 21 },
        { messageId: 'deprecatedTls', text: 'TLSv1.1', line: 18, column: 27 },
      ],
      output:
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nginx\ndata:\n  nginx.conf: |\n    server {\n      listen 443 ssl;\n' +
        '      ssl_protocols TLSv1.2 TLSv1.3;\n    }\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  annotations:\n' +
        '    nginx.ingress.kubernetes.io/server-snippet: |\n      proxy_ssl_protocols TLSv1.2 TLSv1.3;\n',
    },
    {
      name: 'ingress-nginx ConfigMap ssl-protocols',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ingress-nginx-controller\ndata:\n  ssl-protocols: "TLSv1 TLSv1.1 TLSv1.2 TLSv1.3"\n',
      errors: [
        { messageId: 'deprecatedTls', text: 'TLSv1', line: 6, column: 19 },
        { messageId: 'deprecatedTls', text: 'TLSv1.1', line: 6, column: 25 },
      ],
      output: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ingress-nginx-controller\ndata:\n  ssl-protocols: "TLSv1.2 TLSv1.3"\n',
    },
    {
      name: 'Spring enabled-protocols as a string and as a list',
      fileName: 'src/main/resources/application.yml',
      code: 'server.ssl.enabled-protocols: TLSv1.1,TLSv1.2\nspring:\n  kafka:\n    ssl:\n      enabled-protocols:\n        - TLSv1\n        - TLSv1.2\n',
      errors: [
        { messageId: 'deprecatedTls', text: 'TLSv1.1', line: 1, column: 31 },
        { messageId: 'deprecatedTls', text: 'TLSv1', line: 6, column: 11 },
      ],
      output: 'server.ssl.enabled-protocols: TLSv1.2,TLSv1.3\nspring:\n  kafka:\n    ssl:\n      enabled-protocols:\n        - TLSv1.2\n        - TLSv1.3\n',
    },
    {
      name: 'lists of versions become TLS 1.2 and 1.3 item by item; extra items go, comments stay',
      code: 'protocols: [TLSv1, TLSv1.1, TLSv1.2]\nenabled-protocols:\n  - TLSv1 # legacy clients\n  - "TLSv1.1"\n  - TLSv1.2\n',
      errors: [
        { messageId: 'deprecatedTls', text: 'TLSv1', line: 1, column: 13 },
        { messageId: 'deprecatedTls', text: 'TLSv1.1', line: 1, column: 20 },
        { messageId: 'deprecatedTls', text: 'TLSv1', line: 3, column: 5 },
        { messageId: 'deprecatedTls', text: 'TLSv1.1', line: 4, column: 6 },
      ],
      output: 'protocols: [TLSv1.2, TLSv1.3]\nenabled-protocols:\n  - TLSv1.2 # legacy clients\n  - "TLSv1.3"\n',
    },
    {
      name: 'a JSON list of .NET protocols, one per line',
      language: 'json',
      code: '{\n  "SslProtocols": [\n    "Tls",\n    "Tls11",\n    "Tls12"\n  ]\n}\n',
      errors: [
        { messageId: 'deprecatedTls', text: 'Tls', line: 3, column: 6 },
        { messageId: 'deprecatedTls', text: 'Tls11', line: 4, column: 6 },
      ],
      output: '{\n  "SslProtocols": [\n    "Tls12",\n    "Tls13"\n  ]\n}\n',
    },
    {
      name: 'Azure minimum versions (TLS1_0, "1.1")',
      language: 'json',
      code: '{"properties": {"minimumTlsVersion": "TLS1_0", "siteConfig": {"minTlsVersion": "1.1"}, "minimalTlsVersion": "1.0"}}',
      errors: [
        { messageId: 'deprecatedTls', text: 'TLS1_0' },
        { messageId: 'deprecatedTls', text: '1.1' },
        { messageId: 'deprecatedTls', text: '1.0' },
      ],
      output: '{"properties": {"minimumTlsVersion": "TLS1_2", "siteConfig": {"minTlsVersion": "1.2"}, "minimalTlsVersion": "1.2"}}',
    },
    {
      name: '.NET SslProtocols: Tls, Tls11, Ssl3 and Default',
      language: 'json',
      fileName: 'appsettings.json',
      code:
        '{"Kestrel": {"EndpointDefaults": {"SslProtocols": ["Tls", "Tls11", "Tls12"]}}, "Legacy": {"SslProtocols": "Ssl3, Tls12"}, ' +
        '"Old": {"SslProtocols": "Default"}}',
      errors: [
        { messageId: 'deprecatedTls', text: 'Tls' },
        { messageId: 'deprecatedTls', text: 'Tls11' },
        { messageId: 'brokenSsl', text: 'Ssl3' },
        { messageId: 'brokenSsl', text: 'Default' },
      ],
      output:
        '{"Kestrel": {"EndpointDefaults": {"SslProtocols": ["Tls12", "Tls13"]}}, "Legacy": {"SslProtocols": "Tls12, Tls13"}, "Old": {"SslProtocols": "Tls12"}}',
    },
    {
      name: 'Go-style names: Traefik, OpenShift, kubelet',
      code:
        'tls:\n  options:\n    default:\n      minVersion: VersionTLS10\ntlsSecurityProfile:\n  custom:\n    minTLSVersion: VersionTLS11\n' +
        'tlsMinVersion: VersionTLS10\n',
      errors: [
        { messageId: 'deprecatedTls', text: 'VersionTLS10', line: 4, column: 19 },
        { messageId: 'deprecatedTls', text: 'VersionTLS11', line: 7 },
        { messageId: 'deprecatedTls', text: 'VersionTLS10', line: 8 },
      ],
      output:
        'tls:\n  options:\n    default:\n      minVersion: VersionTLS12\ntlsSecurityProfile:\n  custom:\n    minTLSVersion: VersionTLS12\n' +
        'tlsMinVersion: VersionTLS12\n',
    },
    {
      name: 'Envoy, Node, Python, Postgres and GCP spellings',
      code:
        'tls_params:\n  tls_minimum_protocol_version: TLSv1_0\n  tls_maximum_protocol_version: TLSv1_1\nminVersion: TLSv1.1\nsecureProtocol: TLSv1_method\n' +
        'ssl_version: PROTOCOL_TLSv1_1\nssl_min_protocol_version: TLSv1\nsslPolicy:\n  minTlsVersion: TLS_1_0\n',
      errors: [
        { messageId: 'deprecatedTls', text: 'TLSv1_0', line: 2 },
        { messageId: 'deprecatedTls', text: 'TLSv1_1', line: 3 },
        { messageId: 'deprecatedTls', text: 'TLSv1.1', line: 4 },
        { messageId: 'deprecatedTls', text: 'TLSv1_method', line: 5 },
        { messageId: 'deprecatedTls', text: 'PROTOCOL_TLSv1_1', line: 6 },
        { messageId: 'deprecatedTls', text: 'TLSv1', line: 7 },
        { messageId: 'deprecatedTls', text: 'TLS_1_0', line: 9 },
      ],
      output:
        'tls_params:\n  tls_minimum_protocol_version: TLSv1_2\n  tls_maximum_protocol_version: TLSv1_2\nminVersion: TLSv1.2\nsecureProtocol: TLSv1_2_method\n' +
        'ssl_version: PROTOCOL_TLSv1_2\nssl_min_protocol_version: TLSv1.2\nsslPolicy:\n  minTlsVersion: TLS_1_2\n',
    },
    {
      name: 'bare numbers under a TLS key, flat and nested',
      code: 'tls:\n  minVersion: 1.0\ntls.minVersion: "1.1"\nmin_tls_version: 1.1\n',
      errors: [
        { messageId: 'deprecatedTls', text: '1.0', line: 2, column: 15 },
        { messageId: 'deprecatedTls', text: '1.1', line: 3, column: 18 },
        { messageId: 'deprecatedTls', text: '1.1', line: 4, column: 18 },
      ],
      output: 'tls:\n  minVersion: 1.2\ntls.minVersion: "1.2"\nmin_tls_version: 1.2\n',
    },
    {
      name: 'Java options and Kafka properties',
      code:
        'JAVA_OPTS: -Dhttps.protocols=TLSv1,TLSv1.1 -Djdk.tls.client.protocols=TLSv1.2\nclient.properties: |\n  security.protocol=SSL\n' +
        '  ssl.enabled.protocols=TLSv1.2,TLSv1.1\n  ssl.protocol=TLSv1.1\n',
      errors: [
        { messageId: 'deprecatedTls', text: 'TLSv1', line: 1, column: 30 },
        { messageId: 'deprecatedTls', text: 'TLSv1.1', line: 1, column: 36 },
        { messageId: 'deprecatedTls', text: 'TLSv1.1', line: 4, column: 33 },
        { messageId: 'deprecatedTls', text: 'TLSv1.1', line: 5, column: 16 },
      ],
      output:
        'JAVA_OPTS: -Dhttps.protocols=TLSv1.2,TLSv1.3 -Djdk.tls.client.protocols=TLSv1.2\nclient.properties: |\n  security.protocol=SSL\n' +
        '  ssl.enabled.protocols=TLSv1.2,TLSv1.3\n  ssl.protocol=TLSv1.2\n',
    },
    {
      name: 'Apache enables with +, HAProxy ssl-min-ver',
      code: 'apache.conf: |\n  SSLProtocol -all +TLSv1.1 +TLSv1.2\nhaproxy.cfg: |\n  global\n    ssl-default-bind-options ssl-min-ver TLSv1.0\n',
      errors: [
        { messageId: 'deprecatedTls', text: 'TLSv1.1', line: 2, column: 21 },
        { messageId: 'deprecatedTls', text: 'TLSv1.0', line: 5, column: 42 },
      ],
      output: 'apache.conf: |\n  SSLProtocol -all +TLSv1.2 +TLSv1.3\nhaproxy.cfg: |\n  global\n    ssl-default-bind-options ssl-min-ver TLSv1.2\n',
    },
    {
      name: 'SSL 2.0 and CloudFront names',
      code: 'ssl_protocols: SSLv2 SSLv3\nViewerCertificate:\n  MinimumProtocolVersion: TLSv1_2016\n',
      errors: [
        { messageId: 'brokenSsl', text: 'SSLv2', line: 1 },
        { messageId: 'brokenSsl', text: 'SSLv3', line: 1 },
        { messageId: 'deprecatedTls', text: 'TLSv1_2016', line: 3 },
      ],
      output: 'ssl_protocols: TLSv1.2 TLSv1.3\nViewerCertificate:\n  MinimumProtocolVersion: TLSv1.2_2021\n',
    },
    {
      name: 'relaxed to a warning in development files',
      fileName: 'docker-compose.override.yml',
      code: 'services:\n  proxy:\n    image: nginx\n    environment:\n      SSL_PROTOCOLS: "TLSv1.1 TLSv1.2"\n',
      errors: [{ messageId: 'deprecatedTls', text: 'TLSv1.1', line: 5, severity: 'warning' }],
      output: 'services:\n  proxy:\n    image: nginx\n    environment:\n      SSL_PROTOCOLS: "TLSv1.2 TLSv1.3"\n',
    },
  ],
};
