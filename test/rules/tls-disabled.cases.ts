import type { RuleCases } from './rule-tester';
import { SPRING_BOOT_WITH_TLS } from './realistic-configs';

const INGRESS_HEAD = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  annotations:\n';

export const cases: RuleCases = {
  ruleId: 'tls-disabled',
  valid: [
    {
      name: 'switches that turn TLS on, in every spelling',
      code: 'tls: true\nssl: "yes"\nuseSSL: on\nenableSsl: True\nserver.ssl.enabled: "true"\nDB_SSL: 1\n',
    },
    {
      name: 'verifying modes and secure protocols',
      code: 'sslmode: verify-full\nPGSSLMODE: verify-ca\nssl-mode: VERIFY_IDENTITY\nsecurity.protocol: SASL_SSL\nkafka:\n  security:\n    protocol: SSL\n',
    },
    {
      name: 'connection strings that encrypt',
      language: 'json',
      code:
        '{"ConnectionStrings": {"A": "Server=tcp:sql.example.org,1433;Encrypt=True", "B": "Server=sql.example.org;Encrypt=Strict", ' +
        '"C": "Server=sql.example.org;Encrypt=Mandatory"}}',
    },
    { name: 'templated values are unknown', code: 'ssl: "{{ .Values.db.ssl }}"\nurl: "jdbc:postgresql://${DB_SERVER}/x?sslmode=${DB_SSL_MODE}"\n' },
    { name: 'prose and comments', code: '# ssl: false\ndescription: "set sslmode=disable for local runs"\nsummary: Kafka over PLAINTEXT is not allowed\n' },
    {
      name: 'east-west: loopback and Compose service names',
      fileName: 'docker-compose.yml',
      code:
        'services:\n  api:\n    image: api\n    environment:\n      - Db=Server=db,1433;Encrypt=False\n      - PG=postgresql://localhost/x?sslmode=disable\n' +
        '      - LOCAL=Data Source=127.0.0.1;Encrypt=False\n',
    },
    { name: 'a host beside the switch is on this machine', code: 'database:\n  host: localhost\n  port: 5432\n  ssl: false\n' },
    { name: 'the block the switch belongs to is off', code: 'ingress:\n  enabled: false\n  tls: false\n' },
    {
      name: 'mutual TLS, STARTTLS, HSTS and cookie flags are other matters',
      code:
        'mtls:\n  enabled: false\nENABLE_MUTUAL_TLS: false\nmail.smtp.starttls.enable: false\nhsts: false\ncookie:\n  secure: false\nsession:\n' +
        '  secure: false\nsmtp:\n  secure: false\n  port: 587\n',
    },
    { name: 'YAML 1.1 y/n are not read as booleans', code: 'ssl: n\ntls: N\n' },
    {
      name: 'mail is left to a STARTTLS rule (DCB1596: opportunistic, never enforced)',
      language: 'json',
      code: '{"Smtp": {"EnableSsl": false}, "mailer": {"transport": {"secure": false, "requireTLS": false}}, "Email": {"UseSsl": "false"}}',
    },
    { name: 'secure beside a scheme describes a URL', language: 'json', code: '[{"scheme": "ws", "host": "example.com", "secure": false}]' },
    {
      name: 'a schema default is not a setting',
      language: 'json',
      code: '{"openapi": "3.0.0", "components": {"schemas": {"Db": {"properties": {"ssl": {"type": "boolean", "default": false, "example": false}}}}}}',
    },
    {
      name: 'Istio mesh traffic policy (sidecar mTLS, east-west)',
      code:
        'apiVersion: networking.istio.io/v1beta1\nkind: DestinationRule\nmetadata:\n  name: legacy\nspec:\n  host: legacy.default.svc.cluster.local\n' +
        '  trafficPolicy:\n    tls:\n      mode: DISABLE\n',
    },
    {
      name: 'Kafka broker listener maps are not client settings',
      code: 'KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: PLAINTEXT:PLAINTEXT,SSL:SSL\nsecurity.inter.broker.protocol: PLAINTEXT\n',
    },
    { name: 'sslmode=require encrypts (tls-verification-disabled reports it)', code: 'url: postgresql://db.example.org/x?sslmode=require\n' },
    {
      name: 'cert-manager ACME http-01 solver must answer over HTTP',
      code:
        `${INGRESS_HEAD}    nginx.ingress.kubernetes.io/ssl-redirect: "false"\nspec:\n  tls:\n    - hosts: [a.example.org]\n      secretName: a-tls\n` +
        `  rules:\n    - host: a.example.org\n      http:\n        paths:\n          - path: /.well-known/acme-challenge/x\n` +
        `            pathType: ImplementationSpecific\n            backend: {service: {name: solver, port: {number: 8089}}}\n`,
    },
    {
      name: 'redirect switches that change nothing',
      code:
        `${INGRESS_HEAD}    nginx.ingress.kubernetes.io/ssl-redirect: "false"\nspec:\n  rules:\n    - host: a.example.org\n---\n` +
        `${INGRESS_HEAD}    nginx.ingress.kubernetes.io/force-ssl-redirect: "false"\n    alb.ingress.kubernetes.io/ssl-redirect: "443"\nspec:\n  tls:\n` +
        `    - hosts: [b.example.org]\n      secretName: b-tls\n  rules:\n    - host: b.example.org\n`,
    },
    {
      name: 'a realistic Spring Boot application.yml with TLS everywhere',
      fileName: 'src/main/resources/application.yml',
      code: SPRING_BOOT_WITH_TLS,
    },
    {
      name: 'RequireHttpsMetadata on',
      language: 'json',
      fileName: 'appsettings.json',
      code: '{"Authentication": {"RequireHttpsMetadata": true, "UseHttps": true}}',
    },
    {
      name: 'issue 9 (REVIEW.tsv fp, dsi-platform): a StackExchange.Redis option string to this machine',
      language: 'json',
      fileName: 'src/Api/appsettings.json',
      code:
        '{"InteractionsRedisCache": {"ConnectionString": "localhost:6379,ssl=False", "DatabaseNumber": 10}, ' +
        '"Cache": "127.0.0.1,ssl=False,abortConnect=false"}',
    },
    {
      name: 'issue 9: a placeholder whose default keeps TLS on, or that has no default',
      code: 'server:\n  ssl:\n    enabled: ${SSL_ENABLED:true}\nuse_ssl: ${USE_SSL}\ntls_min_version: ${TLS_MIN:-1.0}\n',
    },
    {
      name: "issue 9: Kafka PLAINTEXT inside a Compose stack: the broker's own settings, and clients whose bootstrap servers are stack services",
      fileName: 'docker-compose.yml',
      code:
        'services:\n  kafka:\n    image: confluentinc/cp-kafka:7.5.0\n    environment:\n      KAFKA_SECURITY_PROTOCOL: PLAINTEXT\n  app:\n    image: app\n' +
        '    environment:\n      SPRING_KAFKA_BOOTSTRAP_SERVERS: kafka:29092\n      SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL: PLAINTEXT\n  app2:\n' +
        '    image: app\n    environment:\n      - SPRING_KAFKA_SECURITY_PROTOCOL=PLAINTEXT\n      - SPRING_KAFKA_BOOTSTRAP_SERVERS=kafka:29092\n',
    },
  ],
  invalid: [
    {
      name: 'catalogue §7 item 21: YAML 1.1 booleans',
      code: 'tls: no\nssl: off\nuseTls: "NO"\n',
      errors: [
        { messageId: 'tlsOff', text: 'no', line: 1, column: 6, severity: 'error' },
        { messageId: 'tlsOff', text: 'off', line: 2, column: 6 },
        { messageId: 'tlsOff', text: 'NO', line: 3, column: 10 },
      ],
      output: 'tls: true\nssl: true\nuseTls: "YES"\n',
    },
    {
      name: 'Spring: nested, flat and per-client keys',
      fileName: 'src/main/resources/application.yml',
      code:
        'server:\n  ssl:\n    enabled: false\nserver.ssl.enabled: "false"\nspring.rabbitmq.ssl.enabled: false\nspring:\n  data:\n    redis:\n      ssl:\n' +
        '        enabled: false\n',
      errors: [
        { messageId: 'tlsOff', text: 'false', line: 3 },
        { messageId: 'tlsOff', text: 'false', line: 4, column: 22 },
        { messageId: 'tlsOff', text: 'false', line: 5 },
        { messageId: 'tlsOff', text: 'false', line: 10 },
      ],
      output:
        'server:\n  ssl:\n    enabled: true\nserver.ssl.enabled: "true"\nspring.rabbitmq.ssl.enabled: true\nspring:\n  data:\n    redis:\n      ssl:\n' +
        '        enabled: true\n',
    },
    {
      name: '.NET and Node switches in JSON',
      language: 'json',
      fileName: 'appsettings.json',
      code:
        '{"Rabbit": {"EnableSsl": false}, "Mongo": {"useSSL": false}, "Redis": {"Ssl": "False", "requireSSL": 0}, "Kestrel": {"UseHttps": false}, ' +
        '"Ftp": {"secure": false}}',
      errors: [
        { messageId: 'tlsOff', text: 'false', column: 26 },
        { messageId: 'tlsOff', text: 'false', column: 54 },
        { messageId: 'tlsOff', text: 'False', column: 80 },
        { messageId: 'notRequired', text: '0', column: 102 },
        { messageId: 'tlsOff', text: 'false', column: 130 },
        { messageId: 'tlsOff', text: 'false', column: 156 },
      ],
      output:
        '{"Rabbit": {"EnableSsl": true}, "Mongo": {"useSSL": true}, "Redis": {"Ssl": "True", "requireSSL": 1}, "Kestrel": {"UseHttps": true}, ' +
        '"Ftp": {"secure": true}}',
    },
    {
      name: 'a TLS block switched off, and OpenTelemetry plain gRPC',
      fileName: 'values.yaml',
      code:
        'redis:\n  tls:\n    enabled: false\n    verify: false\nexporters:\n  otlp:\n    endpoint: collector.example.org:4317\n    tls:\n' +
        '      insecure: true\n',
      errors: [
        { messageId: 'tlsOff', text: 'false', line: 3 },
        { messageId: 'tlsOff', text: 'true', line: 9 },
      ],
      output:
        'redis:\n  tls:\n    enabled: true\n    verify: false\nexporters:\n  otlp:\n    endpoint: collector.example.org:4317\n    tls:\n' +
        '      insecure: false\n',
    },
    {
      name: 'switches that turn TLS off when true, from env lists and maps',
      fileName: 'deploy/compose.yaml',
      code:
        'services:\n  mhs:\n    image: mhs\n    environment:\n      - MHS_DISABLE_SDS_TLS=True\n      - SDS_LDAP_DISABLE_TLS=yes\n  vault:\n' +
        '    image: vault\n    environment:\n      VAULT_TLS_DISABLE: "1"\n',
      errors: [
        { messageId: 'tlsOff', text: 'True', line: 5, column: 29 },
        { messageId: 'tlsOff', text: 'yes', line: 6, column: 30 },
        { messageId: 'tlsOff', text: '1', line: 10 },
      ],
      output:
        'services:\n  mhs:\n    image: mhs\n    environment:\n      - MHS_DISABLE_SDS_TLS=False\n      - SDS_LDAP_DISABLE_TLS=no\n  vault:\n' +
        '    image: vault\n    environment:\n      VAULT_TLS_DISABLE: "0"\n',
    },
    {
      name: 'Kafka plain text, flat, nested, env and properties',
      code:
        'spring.kafka.security.protocol: PLAINTEXT\nkafka:\n  security:\n    protocol: SASL_PLAINTEXT\nenv:\n  - name: KAFKA_SECURITY_PROTOCOL\n' +
        '    value: plaintext\nclient.properties: |\n  bootstrap.servers=kafka.example.org:9092\n  security.protocol=PLAINTEXT\n',
      errors: [
        { messageId: 'plaintextProtocol', text: 'PLAINTEXT', line: 1 },
        { messageId: 'plaintextProtocol', text: 'SASL_PLAINTEXT', line: 4 },
        { messageId: 'plaintextProtocol', text: 'plaintext', line: 7 },
        { messageId: 'plaintextProtocol', text: 'PLAINTEXT', line: 10, column: 21 },
      ],
      output:
        'spring.kafka.security.protocol: SSL\nkafka:\n  security:\n    protocol: SASL_SSL\nenv:\n  - name: KAFKA_SECURITY_PROTOCOL\n    value: SSL\n' +
        'client.properties: |\n  bootstrap.servers=kafka.example.org:9092\n  security.protocol=SSL\n',
    },
    {
      name: 'libpq modes: key/value, URL query, env and key',
      code:
        'a: "host=pg.example.org dbname=x sslmode=disable"\nb: postgresql://pg.example.org/x?sslmode=allow\n' +
        'c: "jdbc:postgresql://pg.example.org/x?user=u&sslmode=prefer"\nPGSSLMODE: disable\nDB_SSL_MODE: prefer\n',
      errors: [
        { messageId: 'tlsOff', text: 'disable', line: 1, column: 42 },
        { messageId: 'optionalTls', text: 'allow', line: 2 },
        { messageId: 'optionalTls', text: 'prefer', line: 3 },
        { messageId: 'tlsOff', text: 'disable', line: 4 },
        { messageId: 'optionalTls', text: 'prefer', line: 5 },
      ],
      output:
        'a: "host=pg.example.org dbname=x sslmode=verify-full"\nb: postgresql://pg.example.org/x?sslmode=verify-full\n' +
        'c: "jdbc:postgresql://pg.example.org/x?user=u&sslmode=verify-full"\nPGSSLMODE: verify-full\nDB_SSL_MODE: verify-full\n',
    },
    {
      name: 'catalogue §7 item 12: ADO.NET Encrypt=Optional, and Encrypt=False',
      language: 'json',
      code:
        '{"ConnectionStrings": {"Db": "Server=tcp:sql.corp,1433;Encrypt=Optional;TrustServerCertificate=True", ' +
        '"Old": "Data Source=sql.example.org;Initial Catalog=x;Encrypt=False"}}',
      errors: [
        { messageId: 'optionalTls', text: 'Optional', line: 1, column: 64 },
        { messageId: 'tlsOff', text: 'False', line: 1, column: 165 },
      ],
      output:
        '{"ConnectionStrings": {"Db": "Server=tcp:sql.corp,1433;Encrypt=Mandatory;TrustServerCertificate=True", ' +
        '"Old": "Data Source=sql.example.org;Initial Catalog=x;Encrypt=True"}}',
    },
    {
      name: 'catalogue §7 item 13: mongodb+srv with tls=false',
      code: 'mongo: mongodb+srv://c0.x.mongodb.net/?tls=false\nlegacy: "mongodb://m1.example.org,m2.example.org/db?ssl=false"\n',
      errors: [
        { messageId: 'tlsOff', text: 'false', line: 1, column: 44 },
        { messageId: 'tlsOff', text: 'false', line: 2 },
      ],
      output: 'mongo: mongodb+srv://c0.x.mongodb.net/?tls=true\nlegacy: "mongodb://m1.example.org,m2.example.org/db?ssl=true"\n',
    },
    {
      name: 'MySQL, MySqlConnector, Npgsql and JDBC SQL Server',
      code:
        'a: jdbc:mysql://my.example.org/db?useSSL=false&sslMode=DISABLED\nb: "Server=my.example.org;SslMode=None"\nc: "Host=pg.example.org;SSL Mode=Prefer"\n' +
        'd: jdbc:sqlserver://sql.example.org:1433;databaseName=x;encrypt=false\nssl-mode: PREFERRED\n',
      errors: [
        { messageId: 'tlsOff', text: 'false', line: 1 },
        { messageId: 'tlsOff', text: 'DISABLED', line: 1 },
        { messageId: 'tlsOff', text: 'None', line: 2 },
        { messageId: 'optionalTls', text: 'Prefer', line: 3 },
        { messageId: 'tlsOff', text: 'false', line: 4 },
        { messageId: 'optionalTls', text: 'PREFERRED', line: 5 },
      ],
      output:
        'a: jdbc:mysql://my.example.org/db?useSSL=true&sslMode=VERIFY_IDENTITY\nb: "Server=my.example.org;SslMode=VerifyFull"\n' +
        'c: "Host=pg.example.org;SSL Mode=VerifyFull"\nd: jdbc:sqlserver://sql.example.org:1433;databaseName=x;encrypt=true\nssl-mode: VERIFY_IDENTITY\n',
    },
    {
      name: 'MongoDB server modes, Keycloak sslRequired, Azure HTTPS-only switches',
      code:
        'net:\n  tls:\n    mode: disabled\nlegacy:\n  ssl:\n    mode: preferSSL\nsslRequired: none\nproperties:\n  supportsHttpsTrafficOnly: false\n' +
        '  httpsOnly: false\n',
      errors: [
        { messageId: 'tlsOff', text: 'disabled', line: 3 },
        { messageId: 'optionalTls', text: 'preferSSL', line: 6 },
        { messageId: 'notRequired', text: 'none', line: 7 },
        { messageId: 'notRequired', text: 'false', line: 9 },
        { messageId: 'notRequired', text: 'false', line: 10 },
      ],
      output:
        'net:\n  tls:\n    mode: requireTLS\nlegacy:\n  ssl:\n    mode: requireSSL\nsslRequired: all\nproperties:\n  supportsHttpsTrafficOnly: true\n' +
        '  httpsOnly: true\n',
    },
    {
      name: 'servers and managed services that accept plain text',
      code:
        'ssl_enforcement_enabled: false\nproperties:\n  sslEnforcement: Disabled\nTransitEncryptionEnabled: false\nrequire_secure_transport: "OFF"\nconfig:\n' +
        '  force_ssl: no\n',
      errors: [
        { messageId: 'notRequired', text: 'false', line: 1, column: 26 },
        { messageId: 'notRequired', text: 'Disabled', line: 3 },
        { messageId: 'tlsOff', text: 'false', line: 4 },
        { messageId: 'notRequired', text: 'OFF', line: 5, column: 28 },
        { messageId: 'notRequired', text: 'no', line: 7 },
      ],
      output:
        'ssl_enforcement_enabled: true\nproperties:\n  sslEnforcement: Enabled\nTransitEncryptionEnabled: true\nrequire_secure_transport: "ON"\nconfig:\n' +
        '  force_ssl: true\n',
    },
    {
      name: 'ssl-redirect off on an Ingress with TLS (warning), and globally in the controller ConfigMap',
      code:
        `${INGRESS_HEAD}    nginx.ingress.kubernetes.io/ssl-redirect: "false"\nspec:\n  tls:\n    - hosts: [a.example.org]\n      secretName: a-tls\n` +
        `  rules:\n    - host: a.example.org\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ingress-nginx-controller\ndata:\n` +
        `  ssl-redirect: "false"\n`,
      errors: [
        { messageId: 'sslRedirectOff', text: 'false', line: 6, column: 48, severity: 'warning' },
        { messageId: 'sslRedirectOff', text: 'false', line: 19, column: 18, severity: 'warning' },
      ],
      output:
        'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  annotations:\n    nginx.ingress.kubernetes.io/ssl-redirect: "true"\n' +
        'spec:\n  tls:\n    - hosts: [a.example.org]\n      secretName: a-tls\n  rules:\n    - host: a.example.org\n---\napiVersion: v1\nkind: ConfigMap\n' +
        'metadata:\n  name: ingress-nginx-controller\ndata:\n  ssl-redirect: "true"\n',
    },
    {
      name: 'Django SECURE_SSL_REDIRECT off in a deployment env (warning)',
      code: 'env:\n  - name: SECURE_SSL_REDIRECT\n    value: "False"\n',
      errors: [{ messageId: 'sslRedirectOff', text: 'False', line: 3, column: 13, severity: 'warning' }],
      output: 'env:\n  - name: SECURE_SSL_REDIRECT\n    value: "True"\n',
    },
    {
      name: 'force-ssl-redirect off where TLS ends at a load balancer',
      code:
        `${INGRESS_HEAD}    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-2:1:certificate/x\n` +
        `    nginx.ingress.kubernetes.io/force-ssl-redirect: "false"\nspec:\n  rules:\n    - host: a.example.org\n`,
      errors: [{ messageId: 'sslRedirectOff', text: 'false', line: 7, severity: 'warning' }],
      output:
        'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  annotations:\n' +
        '    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-2:1:certificate/x\n    nginx.ingress.kubernetes.io/force-ssl-redirect: "true"\n' +
        'spec:\n  rules:\n    - host: a.example.org\n',
    },
    {
      name: 'RequireHttpsMetadata off is an error in production settings',
      language: 'json',
      fileName: 'src/Api/appsettings.json',
      code: '{\n  "Authentication": {\n    "Authority": "https://login.example.org",\n    "RequireHttpsMetadata": false\n  }\n}',
      errors: [{ messageId: 'httpsMetadataOff', text: 'false', line: 4, column: 29, severity: 'error' }],
      output: '{\n  "Authentication": {\n    "Authority": "https://login.example.org",\n    "RequireHttpsMetadata": true\n  }\n}',
    },
    {
      name: 'development files are relaxed to warnings',
      language: 'json',
      fileName: 'src/Api/appsettings.Development.json',
      code: '{"JwtBearer": {"RequireHttpsMetadata": false}, "Redis": {"Ssl": false}}',
      errors: [
        { messageId: 'httpsMetadataOff', text: 'false', severity: 'warning' },
        { messageId: 'tlsOff', text: 'false', severity: 'warning' },
      ],
      output: '{"JwtBearer": {"RequireHttpsMetadata": true}, "Redis": {"Ssl": true}}',
    },
    {
      name: 'command-line and JVM options',
      code: 'args: ["--tls=false", "--db-ssl=off"]\nJAVA_OPTS: "-Dspring.datasource.hikari.data-source-properties.useSSL=false -Xmx1g"\n',
      errors: [
        { messageId: 'tlsOff', text: 'false', line: 1, column: 15 },
        { messageId: 'tlsOff', text: 'off', line: 1, column: 33 },
        { messageId: 'tlsOff', text: 'false', line: 2 },
      ],
      output: 'args: ["--tls=true", "--db-ssl=on"]\nJAVA_OPTS: "-Dspring.datasource.hikari.data-source-properties.useSSL=true -Xmx1g"\n',
    },
    {
      name: 'a remote host beside the switch does not exempt it',
      code: 'database:\n  host: db.example.org\n  ssl: false\n',
      errors: [{ messageId: 'tlsOff', text: 'false', line: 3, column: 8 }],
      output: 'database:\n  host: db.example.org\n  ssl: true\n',
    },
    {
      name: 'issue 9: a StackExchange.Redis option string to a remote cache',
      language: 'json',
      code: '{"Redis": "cache.example.org:6380,ssl=False,abortConnect=false"}',
      errors: [{ messageId: 'tlsOff', text: 'False', line: 1, column: 39 }],
      output: '{"Redis": "cache.example.org:6380,ssl=True,abortConnect=false"}',
    },
    {
      name: 'issue 9: a placeholder whose default turns TLS off is reported at info, naming the variable',
      code: 'server:\n  ssl:\n    enabled: ${SSL_ENABLED:false}\nDB_USE_SSL: ${DB_USE_SSL:-false}\ntlsEnabled: ${TLS_ENABLED:false}\n',
      errors: [
        { messageId: 'offUnlessSet', text: 'false', line: 3, column: 28, severity: 'info' },
        { messageId: 'offUnlessSet', text: 'false', line: 4, column: 27, severity: 'info' },
        { messageId: 'offUnlessSet', text: 'false', line: 5, column: 27, severity: 'info' },
      ],
      output: 'server:\n  ssl:\n    enabled: ${SSL_ENABLED:true}\nDB_USE_SSL: ${DB_USE_SSL:-true}\ntlsEnabled: ${TLS_ENABLED:true}\n',
    },
    {
      name: 'issue 9: a Compose client sending Kafka PLAINTEXT to brokers outside the stack',
      fileName: 'docker-compose.yml',
      code:
        'services:\n  app:\n    image: app\n    environment:\n      SPRING_KAFKA_BOOTSTRAP_SERVERS: broker.example.org:9092\n' +
        '      SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL: PLAINTEXT\n',
      errors: [{ messageId: 'plaintextProtocol', text: 'PLAINTEXT', line: 6 }],
      output:
        'services:\n  app:\n    image: app\n    environment:\n      SPRING_KAFKA_BOOTSTRAP_SERVERS: broker.example.org:9092\n' +
        '      SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL: SSL\n',
    },
  ],
};
