/**
 * Whole, realistic config files with TLS set up properly, shared by the TLS
 * rules' valid cases: each rule must stay quiet on the same real-looking file.
 */

export const SPRING_BOOT_WITH_TLS = [
  'server:',
  '  port: 8443',
  '  ssl:',
  '    enabled: true',
  '    key-store: classpath:keystore.p12',
  '    key-store-type: PKCS12',
  '    enabled-protocols: TLSv1.3,TLSv1.2',
  '    protocol: TLS',
  '    client-auth: none',
  'spring:',
  '  datasource:',
  '    url: jdbc:postgresql://referrals-db.example.nhs.uk:5432/referrals?sslmode=verify-full&sslrootcert=/etc/ssl/rds-ca.pem',
  '  kafka:',
  '    bootstrap-servers: kafka.example.nhs.uk:9093',
  '    security:',
  '      protocol: SASL_SSL',
  '    properties:',
  '      sasl.mechanism: SCRAM-SHA-512',
  '      ssl.endpoint.identification.algorithm: https',
  '  data:',
  '    redis:',
  '      ssl:',
  '        enabled: true',
  'management:',
  '  server:',
  '    port: 8081',
  '  endpoint:',
  '    health:',
  '      probes:',
  '        enabled: true',
  '',
].join('\n');

/** SMTP with `EnableSsl: false` is left to a STARTTLS rule. */
export const APPSETTINGS_WITH_TLS = [
  '{',
  '  "Kestrel": {',
  '    "Endpoints": { "Https": { "Url": "https://0.0.0.0:8443", "SslProtocols": ["Tls12", "Tls13"] } }',
  '  },',
  '  "Authentication": { "Authority": "https://login.example.nhs.uk", "RequireHttpsMetadata": true, "ValidateIssuer": true },',
  '  "ConnectionStrings": { "Db": "Server=tcp:sql.example.nhs.uk,1433;Database=x;Encrypt=Strict;TrustServerCertificate=False;Authentication=Active Directory ' +
    'Default" },',
  '  "Redis": { "Configuration": "cache.example.nhs.uk:6380,ssl=true,abortConnect=false" },',
  '  "Smtp": { "Host": "smtp.example.nhs.uk", "Port": 587, "EnableSsl": false }',
  '}',
  '',
].join('\n');

/** The metrics block that skips verification is switched off (`enabled: false`). */
export const INGRESS_NGINX_VALUES_WITH_TLS = [
  'controller:',
  '  config:',
  '    ssl-protocols: "TLSv1.2 TLSv1.3"',
  '    ssl-redirect: "true"',
  '    hsts: "true"',
  '    hsts-max-age: "31536000"',
  '    ssl-ciphers: "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256"',
  '  service:',
  '    annotations:',
  '      service.beta.kubernetes.io/aws-load-balancer-ssl-negotiation-policy: ELBSecurityPolicy-TLS13-1-2-2021-06',
  '  admissionWebhooks:',
  '    enabled: true',
  '    patch:',
  '      enabled: true',
  'metrics:',
  '  enabled: false',
  '  serviceMonitor:',
  '    enabled: false',
  '    tlsConfig:',
  '      insecureSkipVerify: true',
  '',
].join('\n');
