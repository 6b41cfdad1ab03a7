// Prints how long the engine takes on generated Kubernetes-style YAML of a few
// sizes, cold and through the parse cache after a one-document edit, and on the
// real-world corpus. Not a timed test: numbers to compare across changes.
// Run after `npm run build`: node bench/lint-speed.mjs
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { lint, ParseCache, languageForPath } = require('../out/server/src/engine/index.js');

function deploymentDoc(i) {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc-${i}
  labels: { app: svc-${i} }
spec:
  template:
    spec:
      containers:
        - name: app
          image: registry.example.nhs.uk/svc-${i}:1.${i}.0
          env:
            - name: UPSTREAM_URL
              value: https://api-${i}.service.nhs.uk/v1
            - name: LEGACY_URL
              value: http://10.${i % 250}.0.1:8080/
`;
}

function time(fn, runs = 5) {
  fn();
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

console.log('size (lines)   bytes      cold lint (ms)   edit one doc, cached (ms)   findings');
for (const docs of [10, 100, 625, 3125]) {
  const parts = Array.from({ length: docs }, (_, i) => deploymentDoc(i));
  const text = parts.join('---\n');
  const lines = text.split('\n').length;
  const cold = time(() => lint(text, 'yaml'));
  const cache = new ParseCache();
  lint(text, 'yaml', {}, { cache });
  let flip = 0;
  const warm = time(() => {
    parts[Math.floor(docs / 2)] = deploymentDoc(flip++ % 2 ? 1 : 2);
    lint(parts.join('---\n'), 'yaml', {}, { cache });
  });
  const findings = lint(text, 'yaml').length;
  console.log(`${String(lines).padEnd(14)} ${String(text.length).padEnd(10)} ${cold.toFixed(1).padEnd(16)} ${warm.toFixed(1).padEnd(27)} ${findings}`);
}

const corpus = join(import.meta.dirname, '..', '..', 'shared', 'realworld');
if (existsSync(corpus)) {
  const files = [];
  for (const dir of readdirSync(corpus)) {
    const path = join(corpus, dir);
    if (!statSync(path).isDirectory()) continue;
    for (const name of readdirSync(path)) files.push(join(path, name));
  }
  let bytes = 0;
  const start = performance.now();
  let findings = 0;
  for (const file of files) {
    const language = languageForPath(file.replace(/\.(tpl|example|prod\.example)$/, ''));
    if (!language) continue;
    const text = readFileSync(file, 'utf8');
    bytes += text.length;
    findings += lint(text, language, {}, { fileName: file }).length;
  }
  const ms = performance.now() - start;
  console.log(`\nreal-world corpus: ${files.length} files, ${(bytes / 1024).toFixed(0)} KB in ${ms.toFixed(0)} ms (${((bytes / 1024 / 1024) / (ms / 1000)).toFixed(2)} MB/s), ${findings} findings`);
}
