/**
 * The values the corpus plants. A problem is something the rules exist to
 * report; noise looks like it (addresses, versions, URLs, bind addresses) but
 * is fine, and a report on it counts against precision.
 */

/** Problems for an environment-variable style key: [key, value]. */
export function problemEnv(r, i) {
  const a = r.int(250) + 1;
  const b = r.int(250) + 1;
  return r.pick([
    () => ['LEGACY_API_URL', `http://10.${a}.${b}.${r.int(250) + 1}:8080/api`],
    () => ['BILLING_URL', `https://billing-${i}.corp/api/v2`],
    () => ['PATHOLOGY_URL', `https://nww.pathology-${i % 97}.nhs.uk/results`],
    () => ['CACHE_HOST_URL', `https://192.168.${a}.${b}/cache`],
    () => ['PUBLIC_API_URL', `http://api-${i}.service.nhs.uk/v1`],
    () => ['DATABASE_URL', `postgres://app@db-${i}.postgres.database.azure.com:5432/app?sslmode=disable`],
    () => ['NODE_TLS_REJECT_UNAUTHORIZED', '"0"'],
  ])();
}

/** Noise for an environment-variable style key: [key, value]. */
export function noiseEnv(r, i) {
  return r.pick([
    () => ['UPSTREAM_URL', `https://api-${i}.service.nhs.uk/v1`],
    () => ['AUTHORITY', `https://login.microsoftonline.com/tenant-${i % 13}/v2.0`],
    () => ['APP_VERSION', `"10.${r.int(20)}.${r.int(99)}"`],
    () => ['SUPPORT_EMAIL', `team-${i % 31}@nhs.net`],
    () => ['BIND_ADDRESS', '0.0.0.0'],
    () => ['REQUEST_ID_HEADER', 'X-Request-ID'],
    () => ['FEATURE_FLAGS', 'fhir-r4,audit-v2'],
  ])();
}

/** A value free of anything a rule reads: the bulk of every file. */
export function plainEnv(r, i) {
  return r.pick([
    () => ['LOG_LEVEL', r.pick(['info', 'warn', 'debug'])],
    () => ['MAX_CONNECTIONS', `"${10 + r.int(90)}"`],
    () => ['SERVICE_NAME', `svc-${i}`],
    () => ['TIMEOUT_SECONDS', `"${5 + r.int(55)}"`],
    () => ['REGION', 'uksouth'],
  ])();
}

export function uuid(r) {
  const hex = () => r.int(16).toString(16);
  const part = (n) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-a${part(3)}-${part(12)}`;
}
