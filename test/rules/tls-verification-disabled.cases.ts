import type { RuleCases } from './rule-tester';
import { APPSETTINGS_WITH_TLS, INGRESS_NGINX_VALUES_WITH_TLS } from './realistic-configs';

export const cases: RuleCases = {
  ruleId: 'tls-verification-disabled',
  valid: [
    // Sample data (deployment-context.ts): an example's switch illustrates a shape and connects nowhere.
    {
      name: 'an example under examples/ is sample data',
      fileName: 'examples/logging/vars.yml',
      code: 'splunk_verify_ssl: false\nsplunk_url: https://splunk.example.org\n',
    },
    {
      name: 'verification on, in every spelling',
      code:
        'insecureSkipVerify: false\nrejectUnauthorized: true\nverify_ssl: "yes"\ninsecure-skip-tls-verify: no\nNODE_TLS_REJECT_UNAUTHORIZED: "1"\n' +
        'validate_certs: true\n',
    },
    {
      name: 'verifying modes',
      code:
        'a: postgresql://db.example.org/x?sslmode=verify-full\nb: "Host=pg.example.org;SSL Mode=VerifyFull"\n' +
        'ssl-mode: VERIFY_IDENTITY\nsslmode: verify-ca\n',
    },
    { name: 'a bare verify is not known to be about TLS', code: 'verify: false\nemail:\n  verify: false\nverify_published_from_main_image: false\n' },
    { name: 'DOCKER_TLS_VERIFY is on whenever it is set, even to 0', code: 'DOCKER_TLS_VERIFY: "0"\n' },
    {
      name: 'a connection on this machine',
      language: 'json',
      code: '{"ConnectionStrings": {"Default": "Data Source=localhost;Initial Catalog=x;Integrated Security=True;TrustServerCertificate=true"}}',
    },
    {
      name: 'a Compose service name (east-west)',
      fileName: 'compose.core.yaml',
      code: 'services:\n  api:\n    image: api\n    environment:\n      - Db=Server=db,1433;Database=x;TrustServerCertificate=True\n',
    },
    {
      name: 'values that are not known here',
      code:
        'env:\n  - name: NODE_TLS_REJECT_UNAUTHORIZED\n    valueFrom:\n      secretKeyRef: {name: app, key: NODE_TLS_REJECT_UNAUTHORIZED}\n' +
        '  - name: TLS_SKIP_VERIFY\n    value: "${SKIP_VERIFY}"\n',
    },
    { name: 'a switch set to keep checking', code: 'kube_webhook_token_auth_url_skip_tls_verify: false\nargs: ["--insecure-skip-tls-verify=false"]\n' },
    { name: 'prose and comments', code: '# insecureSkipVerify: true\ndescription: "never set rejectUnauthorized: false or TrustServerCertificate=True"\n' },
    { name: 'Kafka host name check left on', code: 'ssl.endpoint.identification.algorithm: https\n' },
    { name: 'CURL_CA_BUNDLE="" is not a reliable switch', code: 'CURL_CA_BUNDLE: ""\n' },
    { name: 'TLS switched off entirely is tls-disabled, not this rule', code: 'tls:\n  enabled: false\n  verify: false\n' },
    {
      name: 'a realistic appsettings.json (SMTP left to a STARTTLS rule)',
      language: 'json',
      fileName: 'src/Api/appsettings.json',
      code: APPSETTINGS_WITH_TLS,
    },
    {
      name: 'a realistic ingress-nginx values file; checks in a block that is off',
      fileName: 'values.yaml',
      code: INGRESS_NGINX_VALUES_WITH_TLS,
    },
    { name: 'sslmode=require to a loopback database', code: 'url: postgresql://127.0.0.1:5432/x?sslmode=require\n' },
    {
      name: 'an APIService whose peer is an in-cluster Service (east-west)',
      code:
        'apiVersion: apiregistration.k8s.io/v1\nkind: APIService\nmetadata:\n  name: v1beta1.metrics.k8s.io\nspec:\n  service:\n    name: metrics-server\n' +
        '    namespace: kube-system\n  group: metrics.k8s.io\n  version: v1beta1\n  insecureSkipTLSVerify: true\n',
    },
    {
      name: 'issue 9: look-alikes of switches read by their words',
      code:
        'verify_email: false\nssl_cert_path: "false"\ninsecure_registries: []\ntls_min_version: "1.2"\nskip_tls_setup: true\nssl_verify_depth: 0\n' +
        'ssl_verify_client: "off"\nskip_signature_verification: true\nemail_verification_disabled: true\nverify_jwt: false\n' +
        'description: "set skipVerify: true or IGNORE_SSL_CERT=true to test"\n',
    },
    {
      name: 'issue 9: a StackExchange.Redis option string to this machine',
      language: 'json',
      code: '{"Redis": {"Configuration": "localhost:6379,ssl=true,sslHost=x,abortConnect=false"}, "Db": "Server=localhost;TrustServerCertificate=True"}',
    },
    {
      name: 'issue 9: a Compose stack that runs its own SQL Server, connected through a placeholder host',
      fileName: 'compose.yaml',
      code:
        'services:\n  sql-database:\n    image: mcr.microsoft.com/mssql/server:2022-latest\n  api:\n    image: api\n    environment:\n' +
        '      - Db=Server=${DB_CONNECTION},1433;Database=x;TrustServerCertificate=True\n',
    },
    {
      name: 'issue 9: a switch named by words, for a connection beside a localhost host of the same subject',
      code:
        'NHAIS_MESH_HOST: https://localhost:8829/messageexchange/\nNHAIS_MESH_CERT_VALIDATION: "false"\n' +
        'NemsMeshApiBaseUrl: https://localhost:8700/messageexchange\nNemsMeshBypassServerCertificateValidation: "true"\n',
    },
    {
      name: 'issue 9: placeholders that keep verification on by default',
      code: 'VERIFY_TLS: ${VERIFY_TLS:-true}\nINSECURE_SKIP_VERIFY: ${SKIP:-false}\nssl_verify: ${SSL_VERIFY}\n',
    },
    {
      name: 'issue 9: a key above with `cert` in its name is not a TLS block; keys ending in another noun are not switches',
      code: 'certManager:\n  validation: false\ndisable_cert_rotation: true\nverify_certificate_chain_depth: 0\n',
    },
  ],
  invalid: [
    {
      name: 'the same switch in a test configuration is a local context: a warning, not silence',
      fileName: 'src/test/resources/vars.yml',
      code: 'splunk_verify_ssl: false\nsplunk_url: https://splunk.example.org\n',
      errors: [{ messageId: 'verificationOff', text: 'false', severity: 'warning' }],
      output: 'splunk_verify_ssl: true\nsplunk_url: https://splunk.example.org\n',
    },
    {
      name: 'catalogue §7 item 21: a YAML 1.1 yes',
      code: 'insecureSkipVerify: yes\n',
      errors: [{ messageId: 'verificationOff', text: 'yes', line: 1, column: 21, severity: 'error' }],
      output: 'insecureSkipVerify: false\n',
    },
    {
      name: 'catalogue §7 item 12: ADO.NET TrustServerCertificate=True',
      language: 'json',
      code: '{"ConnectionStrings": {"Db": "Server=tcp:sql.corp,1433;Encrypt=Optional;TrustServerCertificate=True"}}',
      errors: [{ messageId: 'verificationOff', text: 'True', line: 1, column: 96 }],
      output: '{"ConnectionStrings": {"Db": "Server=tcp:sql.corp,1433;Encrypt=Optional;TrustServerCertificate=False"}}',
    },
    {
      name: 'catalogue §7 item 14: sslmode=require encrypts without verifying (warning)',
      code:
        'db: postgresql://db/x?sslmode=require\nmysql: "Server=my.example.org;SslMode=Required"\nssl-mode: REQUIRED\n' +
        'npgsql: "Host=pg.example.org;SSL Mode=Require"\n',
      errors: [
        { messageId: 'encryptOnly', text: 'require', line: 1, column: 31, severity: 'warning' },
        { messageId: 'encryptOnly', text: 'Required', line: 2, severity: 'warning' },
        { messageId: 'encryptOnly', text: 'REQUIRED', line: 3, severity: 'warning' },
        { messageId: 'encryptOnly', text: 'Require', line: 4, severity: 'warning' },
      ],
      output:
        'db: postgresql://db/x?sslmode=verify-full\nmysql: "Server=my.example.org;SslMode=VerifyFull"\nssl-mode: VERIFY_IDENTITY\n' +
        'npgsql: "Host=pg.example.org;SSL Mode=VerifyFull"\n',
    },
    {
      name: 'kubeconfig, Traefik, Prometheus, Vault, Grafana',
      code:
        'clusters:\n  - cluster:\n      server: https://k8s.example.org\n      insecure-skip-tls-verify: true\nserversTransport:\n' +
        '  insecureSkipVerify: true\ntls_config:\n  insecure_skip_verify: true\nVAULT_SKIP_VERIFY: "true"\njsonData:\n  tlsSkipVerify: true\n',
      errors: [
        { messageId: 'verificationOff', text: 'true', line: 4 },
        { messageId: 'verificationOff', text: 'true', line: 6 },
        { messageId: 'verificationOff', text: 'true', line: 8 },
        { messageId: 'verificationOff', text: 'true', line: 9, column: 21 },
        { messageId: 'verificationOff', text: 'true', line: 11 },
      ],
      output:
        'clusters:\n  - cluster:\n      server: https://k8s.example.org\n      insecure-skip-tls-verify: false\nserversTransport:\n' +
        '  insecureSkipVerify: false\ntls_config:\n  insecure_skip_verify: false\nVAULT_SKIP_VERIFY: "false"\njsonData:\n  tlsSkipVerify: false\n',
    },
    {
      name: 'process-wide switches in Kubernetes env, Compose lists and maps',
      code:
        'env:\n  - name: NODE_TLS_REJECT_UNAUTHORIZED\n    value: "0"\nenvironment:\n  - NODE_TLS_REJECT_UNAUTHORIZED=0\n  - PYTHONHTTPSVERIFY=false\nvars:\n' +
        '  PYTHONHTTPSVERIFY: 0\n',
      errors: [
        { messageId: 'processWide', text: '0', line: 3, column: 13 },
        { messageId: 'processWide', text: '0', line: 5, column: 34 },
        { messageId: 'processWide', text: 'false', line: 6, column: 23 },
        { messageId: 'processWide', text: '0', line: 8, column: 22 },
      ],
      output:
        'env:\n  - name: NODE_TLS_REJECT_UNAUTHORIZED\n    value: "1"\nenvironment:\n  - NODE_TLS_REJECT_UNAUTHORIZED=1\n  - PYTHONHTTPSVERIFY=1\nvars:\n' +
        '  PYTHONHTTPSVERIFY: 1\n',
    },
    {
      name: 'NODE_TLS_REJECT_UNAUTHORIZED removed whole: a Kubernetes env entry, a Compose item, a map entry; comments stay',
      code:
        'containers:\n  - name: api\n    env:\n      - name: PORT\n        value: "8080"\n      - name: NODE_TLS_REJECT_UNAUTHORIZED # for the old proxy\n' +
        '        value: "0"\n      - name: LOG_LEVEL\n        value: info\n---\nservices:\n  web:\n    environment:\n      - NODE_ENV=production\n' +
        '      - NODE_TLS_REJECT_UNAUTHORIZED=0\n---\ndata:\n  NODE_TLS_REJECT_UNAUTHORIZED: "0"\n  NODE_ENV: production\n',
      errors: [
        { messageId: 'processWide', text: '0', line: 7, column: 17 },
        { messageId: 'processWide', text: '0', line: 15, column: 38 },
        { messageId: 'processWide', text: '0', line: 18, column: 34 },
      ],
      output:
        'containers:\n  - name: api\n    env:\n      - name: PORT\n        value: "8080"\n      # for the old proxy\n      - name: LOG_LEVEL\n' +
        '        value: info\n---\nservices:\n  web:\n    environment:\n      - NODE_ENV=production\n---\ndata:\n  NODE_ENV: production\n',
    },
    {
      name: 'NODE_TLS_REJECT_UNAUTHORIZED removed from JSON lists and objects, commas kept right',
      language: 'json',
      code:
        '{\n  "env": [\n    { "name": "A", "value": "1" },\n    { "name": "NODE_TLS_REJECT_UNAUTHORIZED", "value": "0" }\n  ],\n' +
        '  "environment": { "NODE_TLS_REJECT_UNAUTHORIZED": "0", "B": "2" },\n  "flow": ["NODE_TLS_REJECT_UNAUTHORIZED=0", "C=3"]\n}\n',
      errors: [
        { messageId: 'processWide', text: '0', line: 4, column: 57 },
        { messageId: 'processWide', text: '0', line: 6, column: 53 },
        { messageId: 'processWide', text: '0', line: 7, column: 42 },
      ],
      output: '{\n  "env": [\n    { "name": "A", "value": "1" }\n  ],\n  "environment": { "B": "2" },\n  "flow": ["C=3"]\n}\n',
    },
    {
      name: 'set to 1 where removal would leave an empty list or map, or the setting is in a command line',
      code:
        'env:\n  - name: NODE_TLS_REJECT_UNAUTHORIZED\n    value: "0"\n---\nenvironment:\n  NODE_TLS_REJECT_UNAUTHORIZED: 0\n---\n' +
        'command: "env NODE_TLS_REJECT_UNAUTHORIZED=0 npm start"\n',
      errors: [
        { messageId: 'processWide', text: '0', line: 3 },
        { messageId: 'processWide', text: '0', line: 6 },
        { messageId: 'processWide', text: '0', line: 8 },
      ],
      output:
        'env:\n  - name: NODE_TLS_REJECT_UNAUTHORIZED\n    value: "1"\n---\nenvironment:\n  NODE_TLS_REJECT_UNAUTHORIZED: 1\n---\n' +
        'command: "env NODE_TLS_REJECT_UNAUTHORIZED=1 npm start"\n',
    },
    {
      name: 'verify switches: node-postgres, requests-style, git, Ansible, npm, Elasticsearch',
      code:
        'ssl:\n  rejectUnauthorized: false\ntls:\n  verify: false\nverify_ssl: off\nhttp:\n  sslVerify: false\nget_url:\n  validate_certs: no\n' +
        'strict-ssl: false\nelasticsearch:\n  verify_certs: False\n',
      errors: [
        { messageId: 'verificationOff', text: 'false', line: 2 },
        { messageId: 'verificationOff', text: 'false', line: 4 },
        { messageId: 'verificationOff', text: 'off', line: 5 },
        { messageId: 'verificationOff', text: 'false', line: 7 },
        { messageId: 'verificationOff', text: 'no', line: 9 },
        { messageId: 'verificationOff', text: 'false', line: 10 },
        { messageId: 'verificationOff', text: 'False', line: 12 },
      ],
      output:
        'ssl:\n  rejectUnauthorized: true\ntls:\n  verify: true\nverify_ssl: true\nhttp:\n  sslVerify: true\nget_url:\n  validate_certs: true\n' +
        'strict-ssl: true\nelasticsearch:\n  verify_certs: True\n',
    },
    {
      name: 'MongoDB URI options',
      code: 'uri: "mongodb://m.example.org/?tlsInsecure=true&tlsAllowInvalidHostnames=true&tlsAllowInvalidCertificates=true"\n',
      errors: [
        { messageId: 'verificationOff', text: 'true', line: 1, column: 44 },
        { messageId: 'hostnameUnchecked', text: 'true', line: 1, column: 74 },
        { messageId: 'verificationOff', text: 'true', line: 1, column: 107 },
      ],
      output: 'uri: "mongodb://m.example.org/?tlsInsecure=false&tlsAllowInvalidHostnames=false&tlsAllowInvalidCertificates=false"\n',
    },
    {
      name: 'Kafka: empty endpoint identification algorithm, as a key and in properties',
      code:
        'spring.kafka.properties.ssl.endpoint.identification.algorithm: ""\nkafka:\n  ssl.endpoint.identification.algorithm:\nclient.properties: |\n' +
        '  security.protocol=SSL\n  ssl.endpoint.identification.algorithm=\n',
      errors: [
        { messageId: 'hostnameUnchecked', text: '""', line: 1 },
        { messageId: 'hostnameUnchecked', text: 'ssl.endpoint.identification.algorithm', line: 3, column: 3 },
        { messageId: 'hostnameUnchecked', text: 'ssl.endpoint.identification.algorithm=', line: 6, column: 3 },
      ],
      output:
        'spring.kafka.properties.ssl.endpoint.identification.algorithm: "https"\nkafka:\n  ssl.endpoint.identification.algorithm: https\n' +
        'client.properties: |\n  security.protocol=SSL\n  ssl.endpoint.identification.algorithm=https\n',
    },
    {
      name: 'JDBC: SQL Server, MySQL, pgJDBC non-validating factory; Python cert_reqs',
      code:
        'a: jdbc:sqlserver://sql.example.org:1433;databaseName=x;encrypt=true;trustServerCertificate=true\n' +
        'b: jdbc:mysql://my.example.org/db?useSSL=true&verifyServerCertificate=false\n' +
        'c: jdbc:postgresql://pg.example.org/db?ssl=true&sslfactory=org.postgresql.ssl.NonValidatingFactory\n' +
        'd: rediss://cache.example.org:6380/0?ssl_cert_reqs=CERT_NONE\n',
      errors: [
        { messageId: 'verificationOff', text: 'true', line: 1, column: 93 },
        { messageId: 'verificationOff', text: 'false', line: 2 },
        { messageId: 'verificationOff', text: 'org.postgresql.ssl.NonValidatingFactory', line: 3 },
        { messageId: 'verificationOff', text: 'CERT_NONE', line: 4 },
      ],
      output:
        'a: jdbc:sqlserver://sql.example.org:1433;databaseName=x;encrypt=true;trustServerCertificate=false\n' +
        'b: jdbc:mysql://my.example.org/db?useSSL=true&verifyServerCertificate=true\n' +
        'c: jdbc:postgresql://pg.example.org/db?ssl=true&sslfactory=org.postgresql.ssl.NonValidatingFactory\n' +
        'd: rediss://cache.example.org:6380/0?ssl_cert_reqs=CERT_REQUIRED\n',
    },
    {
      name: 'command-line flags that switch checking off by being there',
      code:
        'containers:\n  - name: metrics-server\n    args:\n      - --kubelet-insecure-tls\n      - --secure-port=4443\n  - name: deploy\n' +
        '    command: ["sh", "-c", "helm upgrade app ./chart --insecure-skip-tls-verify"]\n',
      errors: [
        {
          messageId: 'verificationOff',
          text: '--kubelet-insecure-tls',
          line: 4,
          column: 9,
          suggestions: [
            {
              title: 'Remove --kubelet-insecure-tls',
              output:
                'containers:\n  - name: metrics-server\n    args:\n      - --secure-port=4443\n  - name: deploy\n' +
                '    command: ["sh", "-c", "helm upgrade app ./chart --insecure-skip-tls-verify"]\n',
            },
          ],
        },
        {
          messageId: 'verificationOff',
          text: '--insecure-skip-tls-verify',
          line: 7,
          suggestions: [
            {
              title: 'Remove --insecure-skip-tls-verify',
              output:
                'containers:\n  - name: metrics-server\n    args:\n      - --kubelet-insecure-tls\n      - --secure-port=4443\n  - name: deploy\n' +
                '    command: ["sh", "-c", "helm upgrade app ./chart"]\n',
            },
          ],
        },
      ],
    },
    {
      name: 'host name checks off',
      code: 'ssl_check_hostname: false\nverifyHostname: "false"\nssl_verify_host: 0\n',
      errors: [
        { messageId: 'hostnameUnchecked', text: 'false', line: 1 },
        { messageId: 'hostnameUnchecked', text: 'false', line: 2, column: 18 },
        { messageId: 'hostnameUnchecked', text: '0', line: 3 },
      ],
      output: 'ssl_check_hostname: true\nverifyHostname: "true"\nssl_verify_host: 1\n',
    },
    {
      name: 'a service manifest dependency that does not verify',
      fileName: 'referrals.service.yaml',
      code:
        'apiVersion: internet-first/v1\nkind: ServiceManifest\nmetadata:\n  name: referrals\n  owner: {team: Referrals, email: referrals@nhs.net}\nspec:\n' +
        '  exposure: internet\n  endpoints: []\n  dependencies:\n    - name: pds\n      url: https://api.service.nhs.uk/personal-demographics/FHIR/R4\n' +
        '      tls:\n        minVersion: "1.2"\n        verifyCertificates: false\n',
      errors: [{ messageId: 'verificationOff', text: 'false', line: 14, column: 29 }],
      output:
        'apiVersion: internet-first/v1\nkind: ServiceManifest\nmetadata:\n  name: referrals\n  owner: {team: Referrals, email: referrals@nhs.net}\nspec:\n' +
        '  exposure: internet\n  endpoints: []\n  dependencies:\n    - name: pds\n      url: https://api.service.nhs.uk/personal-demographics/FHIR/R4\n' +
        '      tls:\n        minVersion: "1.2"\n        verifyCertificates: true\n',
    },
    {
      name: 'relaxed to a warning in test files; git and Grafana MySQL spellings',
      fileName: 'test/ci.yaml',
      code: 'GIT_SSL_NO_VERIFY: "true"\ndatabase:\n  type: mysql\n  ssl_mode: skip-verify\n',
      errors: [
        { messageId: 'verificationOff', text: 'true', line: 1, severity: 'warning' },
        { messageId: 'verificationOff', text: 'skip-verify', line: 4, severity: 'warning' },
      ],
      output: 'GIT_SSL_NO_VERIFY: "false"\ndatabase:\n  type: mysql\n  ssl_mode: true\n',
    },
    {
      name: 'Drone CI secrets-free deploy step',
      fileName: '.drone.yml',
      code:
        'steps:\n  - name: deploy\n    image: quay.io/ukhomeofficedigital/kd\n    environment:\n      KUBE_SERVER: https://kube-api.example.org\n' +
        '      INSECURE_SKIP_TLS_VERIFY: true\n',
      errors: [{ messageId: 'verificationOff', text: 'true', line: 6, column: 33, severity: 'error' }],
      output:
        'steps:\n  - name: deploy\n    image: quay.io/ukhomeofficedigital/kd\n    environment:\n      KUBE_SERVER: https://kube-api.example.org\n' +
        '      INSECURE_SKIP_TLS_VERIFY: false\n',
    },
    {
      name: 'issue 9: verification switches recognised by their words, in any order, case and separator',
      code:
        'SSL_CERT_VALIDATION: "false"\nIGNORE_SSL_CERT: "true"\nSKIP_VERIFY_INSECURE: "true"\nskipVerify: true\nverify_ssl: false\nssl_verify: false\n' +
        'datapusherSslVerify: "False"\ndisable_ssl_verification: true\nssl_verification_enabled: false\n',
      errors: [
        { messageId: 'verificationOff', text: 'false', line: 1 },
        { messageId: 'verificationOff', text: 'true', line: 2 },
        { messageId: 'verificationOff', text: 'true', line: 3 },
        { messageId: 'verificationOff', text: 'true', line: 4 },
        { messageId: 'verificationOff', text: 'false', line: 5 },
        { messageId: 'verificationOff', text: 'false', line: 6 },
        { messageId: 'verificationOff', text: 'False', line: 7 },
        { messageId: 'verificationOff', text: 'true', line: 8 },
        { messageId: 'verificationOff', text: 'false', line: 9 },
      ],
      output:
        'SSL_CERT_VALIDATION: "true"\nIGNORE_SSL_CERT: "false"\nSKIP_VERIFY_INSECURE: "false"\nskipVerify: false\nverify_ssl: true\nssl_verify: true\n' +
        'datapusherSslVerify: "True"\ndisable_ssl_verification: false\nssl_verification_enabled: true\n',
    },
    {
      name: 'issue 9 (REVIEW.tsv miss, nhsx standards-registry): a sibling URL with another purpose says nothing about the connection',
      fileName: 'charts/ckan/values.yaml',
      code: 'datapusher:\n  datapusher:\n    datapusherSslVerify: "False"\n    datapusherRewriteUrl: http://ckan\n',
      errors: [{ messageId: 'verificationOff', text: 'False', line: 3, column: 27 }],
      output: 'datapusher:\n  datapusher:\n    datapusherSslVerify: "True"\n    datapusherRewriteUrl: http://ckan\n',
    },
    {
      name: 'issue 9: a placeholder host in a Compose stack that runs no such server may point anywhere',
      fileName: 'compose.yaml',
      code: 'services:\n  api:\n    image: api\n    environment:\n      - Db=Server=${DB_HOST},1433;TrustServerCertificate=True\n',
      errors: [{ messageId: 'verificationOff', text: 'True', line: 5 }],
      output: 'services:\n  api:\n    image: api\n    environment:\n      - Db=Server=${DB_HOST},1433;TrustServerCertificate=False\n',
    },
    {
      name: 'issue 9: a placeholder whose default turns verification off is reported at info, naming the variable',
      code: 'VERIFY_TLS: ${VERIFY_TLS:-false}\nINSECURE_SKIP_VERIFY: "${SKIP-true}"\n',
      errors: [
        { messageId: 'offUnlessSet', text: 'false', line: 1, column: 27, severity: 'info' },
        { messageId: 'offUnlessSet', text: 'true', line: 2, column: 31, severity: 'info' },
      ],
      output: 'VERIFY_TLS: ${VERIFY_TLS:-true}\nINSECURE_SKIP_VERIFY: "${SKIP-false}"\n',
    },
    {
      name: 'issue 9: a negation at the end, and a verification word under a TLS block',
      code: 'SSL_VERIFY_DISABLED: "true"\ncert_check_off: true\nssl:\n  check: false\n',
      errors: [
        { messageId: 'verificationOff', text: 'true', line: 1 },
        { messageId: 'verificationOff', text: 'true', line: 2 },
        { messageId: 'verificationOff', text: 'false', line: 4 },
      ],
      output: 'SSL_VERIFY_DISABLED: "false"\ncert_check_off: false\nssl:\n  check: true\n',
    },
  ],
};
