/**
 * The .vsix holds only what the installed extension needs: the manifest, the
 * two bundles, the schemas, the icon and the readme/changelog/licence; never sources, tests,
 * node_modules or tsc output. Needs the bundles: `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { zipEntries } from './zip-entries';

const ROOT = resolve(__dirname, '../../..');
/** The icon and changelog are what the marketplace and the Extensions view show beside the readme. */
const REQUIRED = [
  'package.json',
  'dist/client/extension.js',
  'dist/server/server.js',
  'dist/server/server.main.js',
  'images/icon.png',
  'CHANGELOG.md',
  'README.md',
];
const FORBIDDEN = [/^src\//, /\/src\//, /^node_modules\//, /^test\//, /^out\//, /\.ts$/, /\.map$/, /\.code-cache$/, /^dist\/cli\//, /tsconfig/];
/** Packaging a small extension takes a few seconds; beyond this the test would slow every run too much. */
// Bounds for a hang, not expected durations: vsce walks the whole checkout (.cache/ holds code-server), slow on a busy machine.
const PACKAGE_TIMEOUT_MS = 180_000;

function vsceScript(): string | undefined {
  try {
    const manifest = require.resolve('@vscode/vsce/package.json', { paths: [ROOT] });
    return join(dirname(manifest), 'vsce');
  } catch {
    return undefined;
  }
}

function runVsce(args: string[], timeout = 180_000) {
  // stdin closed: vsce must never wait for an answer to a prompt here.
  return spawnSync(process.execPath, [vsceScript()!, ...args], { cwd: ROOT, encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'] });
}

function assertOnlyExtensionFiles(files: readonly string[], where: string): void {
  // vsce stores README.md and CHANGELOG.md as readme.md and changelog.md in the .vsix.
  const lower = files.map((file) => file.toLowerCase());
  for (const required of REQUIRED) assert.ok(lower.includes(required.toLowerCase()), `${where} lacks ${required}: ${files.join(', ')}`);
  for (const file of files) {
    for (const pattern of FORBIDDEN) assert.doesNotMatch(file, pattern, `${where} must not hold ${file}`);
  }
}

describe('extension package contents', () => {
  test('package.json names a 128×128 PNG icon', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { icon?: string };
    assert.equal(manifest.icon, 'images/icon.png');
    const png = readFileSync(join(ROOT, manifest.icon));
    assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'not a PNG');
    // The IHDR chunk's width and height; the marketplace wants at least 128×128.
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  test('vsce ls lists the manifest and the two bundles, and no sources, tests or node_modules', (t) => {
    if (vsceScript() === undefined) return t.skip('@vscode/vsce is not installed');
    for (const bundle of REQUIRED) assert.ok(existsSync(join(ROOT, bundle)), `${bundle} is missing: run \`npm run build\` first`);
    const result = runVsce(['ls', '--no-dependencies']);
    assert.equal(result.status, 0, result.stderr);
    const files = result.stdout
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    assertOnlyExtensionFiles(files, 'vsce ls');
    assert.ok(
      files.some((file) => /^schemas\/.+\.json$/.test(file)),
      'the schemas ship for hover and completion',
    );
  });

  test('vsce package builds a .vsix with the same contents', (t) => {
    if (vsceScript() === undefined) return t.skip('@vscode/vsce is not installed');
    assert.ok(
      ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].some((name) => existsSync(join(ROOT, name))),
      'no LICENSE file: vsce package stops to ask whether to continue, so `npm run package` cannot run unattended',
    );
    const folder = mkdtempSync(join(tmpdir(), 'ifl-vsix-'));
    try {
      const vsix = join(folder, 'test.vsix');
      const started = Date.now();
      const result = runVsce(['package', '--no-dependencies', '-o', vsix], PACKAGE_TIMEOUT_MS);
      assert.equal(result.error, undefined, `vsce package did not finish within ${PACKAGE_TIMEOUT_MS} ms`);
      assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
      t.diagnostic(`vsce package took ${Date.now() - started} ms`);
      const files = zipEntries(vsix)
        .filter((entry) => entry.startsWith('extension/'))
        .map((entry) => entry.slice('extension/'.length));
      assertOnlyExtensionFiles(files, 'the .vsix');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
