/**
 * Writes the benchmark corpus under .cache/bench/ (git-ignored): 2,000 config
 * files of five kinds in team/service folders (about 5 MB), single files of
 * 1k, 10k and 50k lines of multi-document Kubernetes YAML, and a 512 KB file
 * heavy with anchors, aliases and merge keys. labels.json records, per file,
 * the lines holding a planted problem or planted noise. Seeded: the same seed
 * writes the same bytes, so a cached corpus is reused.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LabelledText, seededRandom } from './random.mjs';
import { appsettings, compose, kubernetes, manifest, openapi } from './templates.mjs';

/** Bump when the generator changes, so an old cached corpus is rewritten. */
const GENERATOR_VERSION = 5;
const FILES = 2000;
const KINDS = [
  { weight: 40, name: 'deploy.yaml', make: kubernetes },
  { weight: 15, name: 'docker-compose.yml', make: compose },
  { weight: 20, name: 'appsettings.Production.json', make: appsettings },
  { weight: 15, name: 'openapi.yaml', make: openapi },
  { weight: 10, name: 'service.yaml', make: manifest },
];

export function ensureCorpus(cacheRoot, seed) {
  const root = join(cacheRoot, `corpus-v${GENERATOR_VERSION}-seed${seed}`);
  const done = join(root, 'labels.json');
  if (existsSync(done)) return describe(root);
  rmSync(root, { recursive: true, force: true });
  const r = seededRandom(seed);
  const labels = {};
  const files = [];
  const total = KINDS.reduce((sum, kind) => sum + kind.weight, 0);
  for (let i = 0; i < FILES; i++) {
    let roll = r.int(total);
    const kind = KINDS.find((k) => (roll -= k.weight) < 0);
    const relative = `corpus/team-${String(i % 40).padStart(2, '0')}/svc-${String(i).padStart(4, '0')}/${kind.name}`;
    const text = kind.make(r, i);
    write(root, relative, text.text());
    labels[relative] = text.labels;
    files.push(relative);
  }
  for (const [name, lines] of [
    ['k8s-1k.yaml', 1_000],
    ['k8s-10k.yaml', 10_000],
    ['k8s-50k.yaml', 50_000],
  ]) {
    const text = new LabelledText();
    for (let i = 0; text.lines.length < lines; i++) kubernetes(r, i, text, 1);
    write(root, `single/${name}`, text.text());
  }
  write(root, 'single/aliases-512k.yaml', aliasHeavy(512 * 1024));
  writeFileSync(done, JSON.stringify({ seed, generator: GENERATOR_VERSION, files, labels }));
  return describe(root);
}

function write(root, relative, text) {
  const path = join(root, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function describe(root) {
  const { files, labels } = JSON.parse(readFileSync(join(root, 'labels.json'), 'utf8'));
  return {
    root,
    corpusDir: join(root, 'corpus'),
    /** Paths relative to corpusDir. */
    files: files.map((f) => f.slice('corpus/'.length)),
    labels: Object.fromEntries(Object.entries(labels).map(([f, l]) => [f.slice('corpus/'.length), l])),
    single: {
      '1k': join(root, 'single/k8s-1k.yaml'),
      '10k': join(root, 'single/k8s-10k.yaml'),
      '50k': join(root, 'single/k8s-50k.yaml'),
      aliases: join(root, 'single/aliases-512k.yaml'),
    },
  };
}

/** Shared defaults by anchor, then many services merging and aliasing them. */
function aliasHeavy(bytes) {
  const parts = ['x-defaults:', '  env: &env', '    LOG_LEVEL: info', '    REGION: uksouth', '    UPSTREAM_URL: https://api.service.nhs.uk/v1'];
  parts.push('  resources: &resources', '    memory: 512Mi', '    cpu: 500m', '  probe: &probe', '    path: /healthz', '    port: 8080', 'services:');
  let size = parts.join('\n').length;
  for (let i = 0; size < bytes; i++) {
    const block = [
      `  svc-${i}: &svc${i}`,
      '    environment:',
      '      <<: *env',
      `      SERVICE_NAME: svc-${i}`,
      `      LEGACY_URL: http://10.${i % 250}.${(i >> 8) % 250}.1/`,
      '    resources: *resources',
      '    probe: *probe',
      ...(i > 0 ? [`  svc-${i}-canary:`, `    <<: *svc${i - 1}`, `    image: registry.digital.nhs.uk/svc-${i}:canary`] : []),
    ];
    parts.push(...block);
    size += block.join('\n').length + 1;
  }
  return `${parts.join('\n')}\n`;
}
