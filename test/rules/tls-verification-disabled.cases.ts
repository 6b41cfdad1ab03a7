import type { RuleCases } from './rule-tester';

export const cases: RuleCases = {
  ruleId: 'tls-verification-disabled',
  valid: [
    { name: 'verification on, in every spelling', code: 'insecureSkipVerify: false\nrejectUnauthorized: true\nverify_ssl: "yes"\ninsecure-skip-tls-verify: no\nNODE_TLS_REJECT_UNAUTHORIZED: "1"\nvalidate_certs: true\n' },
    { name: 'verifying modes', code: 'a: postgresql://db.example.org/x?sslmode=verify-full\nb: "Host=pg.example.org;SSL Mode=VerifyFull"\nssl-mode: VERIFY_IDENTITY\nsslmode: verify-ca\n' },
    { name: 'a bare verify is not known to be about TLS', code: 'verify: false\nemail:\n  verify: false\nverify_published_from_main_image: false\n' },
    { name: 'DOCKER_TLS_VERIFY is on whenever it is set, even to 0', code: 'DOCKER_TLS_VERIFY: "0"\n' },
    { name: 'a connection on this machine', language: 'json', code: '{"ConnectionStrings": {"Default": "Data Source=localhost;Initial Catalog=x;Integrated Security=True;TrustServerCertificate=true"}}' },
    {
      name: 'a Compose service name (east-west)',
      fileName: 'compose.core.yaml',
      code: 'services:\n  api:\n    image: api\n    environment:\n      - Db=Server=db,1433;Database=x;TrustServerCertificate=True\n',
    },
    {
      name: 'values that are not known here',
      code: 'env:\n  - name: NODE_TLS_REJECT_UNAUTHORIZED\n    valueFrom:\n      secretKeyRef: {name: app, key: NODE_TLS_REJECT_UNAUTHORIZED}\n  - name: TLS_SKIP_VERIFY\n    value: "${SKIP_VERIFY}"\n',
    },
    { name: 'a switch set to keep checking', code: 'kube_webhook_token_auth_url_skip_tls_verify: false\nargs: ["--insecure-skip-tls-verify=false"]\n' },
    { name: 'prose and comments', code: '# insecureSkipVerify: true\ndescription: "never set rejectUnauthorized: false or TrustServerCertificate=True"\n' },
    { name: 'Kafka host name check left on', code: 'ssl.endpoint.identification.algorithm: https\n' },
    { name: 'CURL_CA_BUNDLE="" is not a reliable switch', code: 'CURL_CA_BUNDLE: ""\n' },
    { name: 'TLS switched off entirely is tls-disabled, not this rule', code: 'tls:\n  enabled: false\n  verify: false\n' },
    { name: 'a realistic appsettings.json (SMTP left to a STARTTLS rule)', language: 'json', fileName: 'src/Api/appsettings.json', code: "{\n  \"Kestrel\": {\n    \"Endpoints\": { \"Https\": { \"Url\": \"https://0.0.0.0:8443\", \"SslProtocols\": [\"Tls12\", \"Tls13\"] } }\n  },\n  \"Authentication\": { \"Authority\": \"https://login.example.nhs.uk\", \"RequireHttpsMetadata\": true, \"ValidateIssuer\": true },\n  \"ConnectionStrings\": { \"Db\": \"Server=tcp:sql.example.nhs.uk,1433;Database=x;Encrypt=Strict;TrustServerCertificate=False;Authentication=Active Directory Default\" },\n  \"Redis\": { \"Configuration\": \"cache.example.nhs.uk:6380,ssl=true,abortConnect=false\" },\n  \"Smtp\": { \"Host\": \"smtp.example.nhs.uk\", \"Port\": 587, \"EnableSsl\": false }\n}\n" },
    { name: 'a realistic ingress-nginx values file; checks in a block that is off', fileName: 'values.yaml', code: "controller:\n  config:\n    ssl-protocols: \"TLSv1.2 TLSv1.3\"\n    ssl-redirect: \"true\"\n    hsts: \"true\"\n    hsts-max-age: \"31536000\"\n    ssl-ciphers: \"ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256\"\n  service:\n    annotations:\n      service.beta.kubernetes.io/aws-load-balancer-ssl-negotiation-policy: ELBSecurityPolicy-TLS13-1-2-2021-06\n  admissionWebhooks:\n    enabled: true\n    patch:\n      enabled: true\nmetrics:\n  enabled: false\n  serviceMonitor:\n    enabled: false\n    tlsConfig:\n      insecureSkipVerify: true\n" },
    { name: 'sslmode=require to a loopback database', code: 'url: postgresql://127.0.0.1:5432/x?sslmode=require\n' },
    {
      name: 'an APIService whose peer is an in-cluster Service (east-west)',
      code: 'apiVersion: apiregistration.k8s.io/v1\nkind: APIService\nmetadata:\n  name: v1beta1.metrics.k8s.io\nspec:\n  service:\n    name: metrics-server\n    namespace: kube-system\n  group: metrics.k8s.io\n  version: v1beta1\n  insecureSkipTLSVerify: true\n',
    },
  ],
  invalid: [
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
      code: 'db: postgresql://db/x?sslmode=require\nmysql: "Server=my.example.org;SslMode=Required"\nssl-mode: REQUIRED\nnpgsql: "Host=pg.example.org;SSL Mode=Require"\n',
      errors: [
        { messageId: 'encryptOnly', text: 'require', line: 1, column: 31, severity: 'warning' },
        { messageId: 'encryptOnly', text: 'Required', line: 2, severity: 'warning' },
        { messageId: 'encryptOnly', text: 'REQUIRED', line: 3, severity: 'warning' },
        { messageId: 'encryptOnly', text: 'Require', line: 4, severity: 'warning' },
      ],
      output: 'db: postgresql://db/x?sslmode=verify-full\nmysql: "Server=my.example.org;SslMode=VerifyFull"\nssl-mode: VERIFY_IDENTITY\nnpgsql: "Host=pg.example.org;SSL Mode=VerifyFull"\n',
    },
    {
      name: 'kubeconfig, Traefik, Prometheus, Vault, Grafana',
      code: 'clusters:\n  - cluster:\n      server: https://k8s.example.org\n      insecure-skip-tls-verify: true\nserversTransport:\n  insecureSkipVerify: true\ntls_config:\n  insecure_skip_verify: true\nVAULT_SKIP_VERIFY: "true"\njsonData:\n  tlsSkipVerify: true\n',
      errors: [
        { messageId: 'verificationOff', text: 'true', line: 4 },
        { messageId: 'verificationOff', text: 'true', line: 6 },
        { messageId: 'verificationOff', text: 'true', line: 8 },
        { messageId: 'verificationOff', text: 'true', line: 9, column: 21 },
        { messageId: 'verificationOff', text: 'true', line: 11 },
      ],
      output: 'clusters:\n  - cluster:\n      server: https://k8s.example.org\n      insecure-skip-tls-verify: false\nserversTransport:\n  insecureSkipVerify: false\ntls_config:\n  insecure_skip_verify: false\nVAULT_SKIP_VERIFY: "false"\njsonData:\n  tlsSkipVerify: false\n',
    },
    {
      name: 'process-wide switches in Kubernetes env, Compose lists and maps',
      code: 'env:\n  - name: NODE_TLS_REJECT_UNAUTHORIZED\n    value: "0"\nenvironment:\n  - NODE_TLS_REJECT_UNAUTHORIZED=0\n  - PYTHONHTTPSVERIFY=false\nvars:\n  PYTHONHTTPSVERIFY: 0\n',
      errors: [
        { messageId: 'processWide', text: '0', line: 3, column: 13 },
        { messageId: 'processWide', text: '0', line: 5, column: 34 },
        { messageId: 'processWide', text: 'false', line: 6, column: 23 },
        { messageId: 'processWide', text: '0', line: 8, column: 22 },
      ],
      output: 'env:\n  - name: NODE_TLS_REJECT_UNAUTHORIZED\n    value: "1"\nenvironment:\n  - NODE_TLS_REJECT_UNAUTHORIZED=1\n  - PYTHONHTTPSVERIFY=1\nvars:\n  PYTHONHTTPSVERIFY: 1\n',
    },
    {
      name: 'NODE_TLS_REJECT_UNAUTHORIZED removed whole: a Kubernetes env entry, a Compose item, a map entry; comments stay',
      code: 'containers:\n  - name: api\n    env:\n      - name: PORT\n        value: "8080"\n      - name: NODE_TLS_REJECT_UNAUTHORIZED # for the old proxy\n        value: "0"\n      - name: LOG_LEVEL\n        value: info\n---\nservices:\n  web:\n    environment:\n      - NODE_ENV=production\n      - NODE_TLS_REJECT_UNAUTHORIZED=0\n---\ndata:\n  NODE_TLS_REJECT_UNAUTHORIZED: "0"\n  NODE_ENV: production\n',
      errors: [
        { messageId: 'processWide', text: '0', line: 7, column: 17 },
        { messageId: 'processWide', text: '0', line: 15, column: 38 },
        { messageId: 'processWide', text: '0', line: 18, column: 34 },
      ],
    },
    {
      name: 'NODE_TLS_REJECT_UNAUTHORIZED removed from JSON lists and objects, commas kept right',
      language: 'json',
      code: '{\n  "env": [\n    { "name": "A", "value": "1" },\n    { "name": "NODE_TLS_REJECT_UNAUTHORIZED", "value": "0" }\n  ],\n  "environment": { "NODE_TLS_REJECT_UNAUTHORIZED": "0", "B": "2" },\n  "flow": ["NODE_TLS_REJECT_UNAUTHORIZED=0", "C=3"]\n}\n',
      errors: [
        { messageId: 'processWide', text: '0', line: 4, column: 56 },
        { messageId: 'processWide', text: '0', line: 6, column: 53 },
        { messageId: 'processWide', text: 'NODE_TLS_REJECT_UNAUTHORIZED=0', line: 7 },
      ],
    },
    {
      name: 'set to 1 where removal would leave an empty list or map, or the setting is in a command line',
      code: 'env:\n  - name: NODE_TLS_REJECT_UNAUTHORIZED\n    value: "0"\n---\nenvironment:\n  NODE_TLS_REJECT_UNAUTHORIZED: 0\n---\ncommand: "env NODE_TLS_REJECT_UNAUTHORIZED=0 npm start"\n',
      errors: [
        { messageId: 'processWide', text: '0', line: 3 },
        { messageId: 'processWide', text: '0', line: 6 },
        { messageId: 'processWide', text: '0', line: 8 },
      ],
    },
    {
      name: 'verify switches: node-postgres, requests-style, git, Ansible, npm, Elasticsearch',
      code: 'ssl:\n  rejectUnauthorized: false\ntls:\n  verify: false\nverify_ssl: off\nhttp:\n  sslVerify: false\nget_url:\n  validate_certs: no\nstrict-ssl: false\nelasticsearch:\n  verify_certs: False\n',
      errors: [
        { messageId: 'verificationOff', text: 'false', line: 2 },
        { messageId: 'verificationOff', text: 'false', line: 4 },
        { messageId: 'verificationOff', text: 'off', line: 5 },
        { messageId: 'verificationOff', text: 'false', line: 7 },
        { messageId: 'verificationOff', text: 'no', line: 9 },
        { messageId: 'verificationOff', text: 'false', line: 10 },
        { messageId: 'verificationOff', text: 'False', line: 12 },
      ],
      output: 'ssl:\n  rejectUnauthorized: true\ntls:\n  verify: true\nverify_ssl: true\nhttp:\n  sslVerify: true\nget_url:\n  validate_certs: true\nstrict-ssl: true\nelasticsearch:\n  verify_certs: True\n',
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
      code: 'spring.kafka.properties.ssl.endpoint.identification.algorithm: ""\nkafka:\n  ssl.endpoint.identification.algorithm:\nclient.properties: |\n  security.protocol=SSL\n  ssl.endpoint.identification.algorithm=\n',
      errors: [
        { messageId: 'hostnameUnchecked', text: '""', line: 1 },
        { messageId: 'hostnameUnchecked', text: 'ssl.endpoint.identification.algorithm', line: 3, column: 3 },
        { messageId: 'hostnameUnchecked', text: 'ssl.endpoint.identification.algorithm=', line: 6, column: 3 },
      ],
      output: 'spring.kafka.properties.ssl.endpoint.identification.algorithm: "https"\nkafka:\n  ssl.endpoint.identification.algorithm: https\nclient.properties: |\n  security.protocol=SSL\n  ssl.endpoint.identification.algorithm=https\n',
    },
    {
      name: 'JDBC: SQL Server, MySQL, pgJDBC non-validating factory; Python cert_reqs',
      code: 'a: jdbc:sqlserver://sql.example.org:1433;databaseName=x;encrypt=true;trustServerCertificate=true\nb: jdbc:mysql://my.example.org/db?useSSL=true&verifyServerCertificate=false\nc: jdbc:postgresql://pg.example.org/db?ssl=true&sslfactory=org.postgresql.ssl.NonValidatingFactory\nd: rediss://cache.example.org:6380/0?ssl_cert_reqs=CERT_NONE\n',
      errors: [
        { messageId: 'verificationOff', text: 'true', line: 1, column: 93 },
        { messageId: 'verificationOff', text: 'false', line: 2 },
        { messageId: 'verificationOff', text: 'org.postgresql.ssl.NonValidatingFactory', line: 3 },
        { messageId: 'verificationOff', text: 'CERT_NONE', line: 4 },
      ],
      output: 'a: jdbc:sqlserver://sql.example.org:1433;databaseName=x;encrypt=true;trustServerCertificate=false\nb: jdbc:mysql://my.example.org/db?useSSL=true&verifyServerCertificate=true\nc: jdbc:postgresql://pg.example.org/db?ssl=true&sslfactory=org.postgresql.ssl.NonValidatingFactory\nd: rediss://cache.example.org:6380/0?ssl_cert_reqs=CERT_REQUIRED\n',
    },
    {
      name: 'command-line flags that switch checking off by being there',
      code: 'containers:\n  - name: metrics-server\n    args:\n      - --kubelet-insecure-tls\n      - --secure-port=4443\n  - name: deploy\n    command: ["sh", "-c", "helm upgrade app ./chart --insecure-skip-tls-verify"]\n',
      errors: [
        { messageId: 'verificationOff', text: '--kubelet-insecure-tls', line: 4, column: 9, suggestions: [{ title: 'Remove --kubelet-insecure-tls', output: 'containers:\n  - name: metrics-server\n    args:\n      - --secure-port=4443\n  - name: deploy\n    command: ["sh", "-c", "helm upgrade app ./chart --insecure-skip-tls-verify"]\n' }] },
        { messageId: 'verificationOff', text: '--insecure-skip-tls-verify', line: 7, suggestions: [{ title: 'Remove --insecure-skip-tls-verify', output: 'containers:\n  - name: metrics-server\n    args:\n      - --kubelet-insecure-tls\n      - --secure-port=4443\n  - name: deploy\n    command: ["sh", "-c", "helm upgrade app ./chart"]\n' }] },
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
      code: 'apiVersion: internet-first/v1\nkind: ServiceManifest\nmetadata:\n  name: referrals\n  owner: {team: Referrals, email: referrals@nhs.net}\nspec:\n  exposure: internet\n  endpoints: []\n  dependencies:\n    - name: pds\n      url: https://api.service.nhs.uk/personal-demographics/FHIR/R4\n      tls:\n        minVersion: "1.2"\n        verifyCertificates: false\n',
      errors: [{ messageId: 'verificationOff', text: 'false', line: 14, column: 29 }],
      output: 'apiVersion: internet-first/v1\nkind: ServiceManifest\nmetadata:\n  name: referrals\n  owner: {team: Referrals, email: referrals@nhs.net}\nspec:\n  exposure: internet\n  endpoints: []\n  dependencies:\n    - name: pds\n      url: https://api.service.nhs.uk/personal-demographics/FHIR/R4\n      tls:\n        minVersion: "1.2"\n        verifyCertificates: true\n',
    },
    {
      name: 'relaxed to a warning in test files; git and Grafana MySQL spellings',
      fileName: 'test/fixtures/ci.yaml',
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
      code: 'steps:\n  - name: deploy\n    image: quay.io/ukhomeofficedigital/kd\n    environment:\n      KUBE_SERVER: https://kube-api.example.org\n      INSECURE_SKIP_TLS_VERIFY: true\n',
      errors: [{ messageId: 'verificationOff', text: 'true', line: 6, column: 33, severity: 'error' }],
      output: 'steps:\n  - name: deploy\n    image: quay.io/ukhomeofficedigital/kd\n    environment:\n      KUBE_SERVER: https://kube-api.example.org\n      INSECURE_SKIP_TLS_VERIFY: false\n',
    },
  ],
};
