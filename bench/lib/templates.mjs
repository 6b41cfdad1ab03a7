/**
 * One generator per kind of config file in the corpus. Each returns a
 * LabelledText; `p` is the chance that a value slot holds a planted problem
 * and `q` that it holds noise (the rest are plain values).
 */
import { LabelledText } from './random.mjs';
import { noiseEnv, plainEnv, problemEnv, uuid } from './values.mjs';

const P = 0.08;
const Q = 0.15;

/**
 * One value slot in a mapping: [key, value, label]. A problem keeps its key as
 * is (rules read names such as NODE_TLS_REJECT_UNAUTHORIZED), once per
 * mapping; other keys get the slot number to stay unique.
 */
function envValue(r, i, used, k) {
  if (r.chance(P)) {
    const [key, value] = problemEnv(r, i);
    if (!used.has(key)) {
      used.add(key);
      return [key, value, 'problem'];
    }
  }
  const [key, value, label] = r.chance(Q) ? [...noiseEnv(r, i), 'noise'] : [...plainEnv(r, i), undefined];
  return [`${key}_${k}`, value, label];
}

/** Kubernetes: a ConfigMap, a Deployment with env, a Service; `docs` sets of them. */
export function kubernetes(r, i, out = new LabelledText(), sets = 1 + r.int(3)) {
  for (let s = 0; s < sets; s++) {
    const name = `svc-${i}-${s}`;
    if (out.lines.length) out.add('---');
    out
      .add('apiVersion: v1')
      .add('kind: ConfigMap')
      .add('metadata:')
      .add(`  name: ${name}-config`)
      .add(`  namespace: team-${i % 40}`)
      .add('data:');
    const dataKeys = new Set();
    for (let k = 0; k < 6 + r.int(8); k++) {
      const [key, value, label] = envValue(r, i * 31 + k, dataKeys, k);
      out.add(`  ${key}: ${value}`, label);
    }
    out.add('---').add('apiVersion: apps/v1').add('kind: Deployment').add('metadata:').add(`  name: ${name}`);
    out
      .add('  labels:')
      .add(`    app: ${name}`)
      .add(`    owner: team-${i % 40}`)
      .add('spec:')
      .add(`  replicas: ${1 + r.int(4)}`);
    out
      .add('  selector:')
      .add('    matchLabels:')
      .add(`      app: ${name}`)
      .add('  template:')
      .add('    metadata:')
      .add('      labels:')
      .add(`        app: ${name}`);
    out
      .add('    spec:')
      .add('      containers:')
      .add('        - name: app')
      .add(`          image: registry.digital.nhs.uk/team-${i % 40}/${name}:1.${i % 50}.${s}`, 'noise');
    out.add('          ports:').add('            - containerPort: 8080').add('          env:');
    const envNames = new Set();
    for (let k = 0; k < 4 + r.int(8); k++) {
      const [key, value, label] = envValue(r, i * 17 + k, envNames, k);
      out.add(`            - name: ${key}`).add(`              value: ${value}`, label);
    }
    out
      .add('          resources:')
      .add('            limits:')
      .add(`              memory: ${256 * (1 + r.int(4))}Mi`)
      .add(`              cpu: ${100 * (1 + r.int(8))}m`);
    out.add('          readinessProbe:').add('            httpGet:').add('              path: /healthz').add('              port: 8080');
    out.add('---').add('apiVersion: v1').add('kind: Service').add('metadata:').add(`  name: ${name}`).add('spec:').add('  selector:').add(`    app: ${name}`);
    out.add('  ports:').add('    - port: 443').add('      targetPort: 8080');
  }
  return out;
}

export function compose(r, i) {
  const out = new LabelledText();
  out.add('services:');
  for (let s = 0; s < 2 + r.int(5); s++) {
    out.add(`  app-${s}:`).add(`    image: registry.digital.nhs.uk/compose/app-${i}-${s}:2.${s}.${i % 9}`, 'noise');
    out
      .add('    restart: unless-stopped')
      .add('    ports:')
      .add(`      - "${8000 + s}:8080"`)
      .add('    environment:');
    const envKeys = new Set();
    for (let k = 0; k < 5 + r.int(10); k++) {
      const [key, value, label] = envValue(r, i * 13 + s * 7 + k, envKeys, k);
      out.add(`      ${key}: ${value}`, label);
    }
    out.add('    healthcheck:').add('      test: ["CMD", "wget", "-qO-", "http://127.0.0.1:8080/healthz"]').add('      interval: 30s');
  }
  return out;
}

/** .NET appsettings.Production.json: nested objects, one problem slot per section. */
export function appsettings(r, i) {
  const out = new LabelledText();
  out
    .add('{')
    .add('  "Logging": {')
    .add('    "LogLevel": {')
    .add('      "Default": "Information",')
    .add('      "Microsoft.AspNetCore": "Warning"')
    .add('    }')
    .add('  },');
  out.add('  "AllowedHosts": "*",');
  const sections = 4 + r.int(8);
  for (let s = 0; s < sections; s++) {
    out.add(`  "Downstream${s}": {`);
    const keys = 3 + r.int(6);
    let requireHttpsUsed = false;
    for (let k = 0; k < keys; k++) {
      const comma = k < keys - 1 ? ',' : '';
      const [key, value] = r.chance(P) ? jsonProblem(r, i) : [];
      // RequireHttpsMetadata is read by name, so it keeps its key, once per section.
      if (key && !(key === 'RequireHttpsMetadata' && requireHttpsUsed)) {
        requireHttpsUsed ||= key === 'RequireHttpsMetadata';
        out.add(`    "${key === 'RequireHttpsMetadata' ? key : `${key}${k}`}": ${value}${comma}`, 'problem');
      } else if (r.chance(Q)) {
        out.add(`    "BaseUrl${k}": "https://api-${i}-${s}.service.nhs.uk/"${comma}`, 'noise');
      } else {
        out.add(`    "TimeoutSeconds${k}": ${5 + r.int(60)}${comma}`);
      }
    }
    out.add(`  },`);
  }
  out.add(`  "InstanceId": "${uuid(r)}"`, 'noise').add('}');
  return out;
}

function jsonProblem(r, i) {
  return r.pick([
    () => ['BaseUrl', `"http://10.${r.int(250)}.${r.int(250)}.${1 + r.int(250)}/api"`],
    () => ['Authority', `"https://nww.identity-${i % 53}.nhs.uk/"`],
    () => ['RequireHttpsMetadata', 'false'],
    () => ['ConnectionString', `"Server=tcp:sql-${i}.corp,1433;Database=app;"`],
  ])();
}

/** OpenAPI 3: a servers list (the planted slot) and many plain paths. */
export function openapi(r, i) {
  const out = new LabelledText();
  out
    .add('openapi: 3.0.3')
    .add('info:')
    .add(`  title: Service ${i} API`)
    .add(`  version: 1.${i % 20}.0`)
    .add('servers:');
  out.add(`  - url: https://api-${i}.service.nhs.uk/v1`, 'noise');
  if (r.chance(0.4))
    out.add(
      `  - url: ${r.pick([`http://10.${r.int(250)}.${r.int(250)}.1/v1`, `https://nww.api-${i % 41}.nhs.uk/v1`, `https://svc-${i}.internal/v1`])}`,
      'problem',
    );
  out.add('paths:');
  for (let p = 0; p < 6 + r.int(12); p++) {
    out
      .add(`  /resource-${p}/{id}:`)
      .add('    get:')
      .add(`      operationId: getResource${p}`)
      .add('      parameters:')
      .add('        - name: id')
      .add('          in: path');
    out
      .add('          required: true')
      .add('          schema:')
      .add('            type: string')
      .add('      responses:')
      .add("        '200':")
      .add('          description: The resource.');
  }
  return out;
}

/** An Internet First service manifest, complete, with one dependency slot. */
export function manifest(r, i) {
  const out = new LabelledText();
  out
    .add('apiVersion: internet-first/v1')
    .add('kind: ServiceManifest')
    .add('metadata:')
    .add(`  name: service-${i}`)
    .add('  owner:')
    .add(`    team: Team ${i % 40}`)
    .add(`    email: team-${i % 40}@nhs.net`);
  out.add('spec:').add('  exposure: internet').add('  publicDnsNames:').add(`    - api-${i}.service.nhs.uk`).add('  endpoints:');
  out
    .add('    - name: api')
    .add(`      url: https://api-${i}.service.nhs.uk/v1`, 'noise')
    .add('      tls:')
    .add('        minVersion: "1.2"')
    .add('      authentication:')
    .add('        type: nhs-cis2');
  out.add('        issuer: https://am.nhsidentity.spineservices.nhs.uk/openam/oauth2/realms/root/realms/oidc');
  out.add('  dependencies:');
  for (let d = 0; d < 1 + r.int(4); d++) {
    const planted = r.chance(0.3);
    const url = planted ? r.pick([`http://10.${r.int(250)}.0.${1 + r.int(250)}/`, `https://nww.spine-${i % 17}.nhs.uk/`]) : `https://dep-${d}.service.nhs.uk/`;
    out
      .add(`    - name: dep-${d}`)
      .add(`      url: ${url}`, planted ? 'problem' : 'noise')
      .add('      tls:')
      .add('        minVersion: "1.2"')
      .add('        verifyCertificates: true');
  }
  return out;
}
