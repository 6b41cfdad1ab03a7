/**
 * The checkout being measured (`--repo <path>`, default this one): its built
 * engine (tsc output), CLI and server bundles, its `yaml` (the floor parses
 * with the same library the engine uses), its debounce; and the anchors that
 * `npm run bench:setup` installed beside this script.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ANCHORS = join(import.meta.dirname, '..', '.anchors', 'node_modules');

export function openRepo(path) {
  const root = resolve(path);
  const paths = {
    root,
    engine: join(root, 'out/server/src/engine/index.js'),
    cli: join(root, 'dist/cli/cli.js'),
    server: join(root, 'dist/server/server.js'),
  };
  const missing = Object.entries(paths)
    .filter(([, p]) => !existsSync(p))
    .map(([, p]) => p);
  if (missing.length) throw new Error(`not built: ${missing.join(', ')}\nRun npm run build && npx tsc -b in ${root}`);
  const require = createRequire(join(root, 'package.json'));
  return { ...paths, engineApi: require(paths.engine), yaml: require('yaml'), debounce: debounceOf(require, root), commit: headOf(root) };
}

/**
 * The server's debounce as built: adaptive (lint-delay.js, a range) where the
 * checkout has it, else the fixed LINT_DELAY_MS. Text, for the table.
 */
function debounceOf(require, root) {
  try {
    const { MIN_LINT_DELAY_MS: min, MAX_LINT_DELAY_MS: max } = require(join(root, 'out/server/src/lsp/lint-delay.js'));
    if (min !== undefined) return `${min}–${max} ms, adaptive`;
  } catch {
    // Not in this checkout: a fixed delay.
  }
  try {
    return `${require(join(root, 'out/server/src/lsp/server.js')).LINT_DELAY_MS} ms`;
  } catch {
    return 'unknown';
  }
}

function headOf(root) {
  const result = spawnSync('git', ['-C', root, 'log', '-1', '--format=%h'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : 'unknown';
}

/** The anchors, or undefined for each one `bench:setup` has not installed. */
export async function loadAnchors() {
  const yls = join(ANCHORS, 'yaml-language-server');
  const spectral = join(ANCHORS, '@stoplight/spectral-cli/dist/index.js');
  const anchors = { ylsServer: undefined, ylsLibrary: undefined, spectralCli: undefined };
  if (existsSync(yls)) {
    anchors.ylsServer = join(yls, 'bin/yaml-language-server');
    const { getLanguageService } = await import(pathToFileURL(join(yls, 'out/src/index.js')).href);
    const { TextDocument } = await import(pathToFileURL(join(ANCHORS, 'vscode-languageserver-textdocument/lib/esm/main.js')).href);
    anchors.ylsLibrary = { getLanguageService, TextDocument };
  }
  if (existsSync(spectral)) anchors.spectralCli = spectral;
  return anchors;
}
