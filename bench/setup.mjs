#!/usr/bin/env node
/**
 * Installs the benchmark's anchors (the tools the figures are compared with)
 * into bench/.anchors/, git-ignored, from the npm registry: yaml-language-server
 * (used as a library and as a server over stdio) and Spectral's CLI. Kept out
 * of the root package.json so `npm ci` stays small; the bench prints "n/a"
 * for the anchors until this has run.
 *
 *   npm run bench:setup
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Pinned so two runs of the bench compare against the same anchors. */
export const ANCHORS = { 'yaml-language-server': '2.0.0', '@stoplight/spectral-cli': '6.16.3' };

const prefix = join(import.meta.dirname, '.anchors');
mkdirSync(prefix, { recursive: true });
// A package.json of its own, so npm does not walk up to the repository's.
writeFileSync(join(prefix, 'package.json'), `${JSON.stringify({ name: 'ifl-bench-anchors', private: true }, null, 2)}\n`);
const specs = Object.entries(ANCHORS).map(([name, version]) => `${name}@${version}`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--save-exact', ...specs], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error('bench:setup: npm install failed; the bench still runs and prints n/a for the anchors');
  process.exit(result.status ?? 1);
}
console.log(`bench:setup: installed ${specs.join(', ')} into ${prefix}`);
