/**
 * What the built bundles carry (scripts/build.mjs): the `yaml` package's
 * browser build, which is its Node build without a read of
 * process.env.LOG_TOKENS for every token parsed (about 6 % of a YAML lint),
 * entry files that set the V8 flags the bundles run under, and a server
 * that loads no module it does not use at start.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = path.resolve(__dirname, '../../..');

for (const bundle of ['dist/cli/cli.main.js', 'dist/server/server.main.js']) {
  test(`${bundle} parses YAML without reading the environment per token`, () => {
    const source = fs.readFileSync(path.join(ROOT, bundle), 'utf8');
    assert.ok(!source.includes('LOG_TOKENS'), 'the bundle holds the Node build of yaml');
    // The parser itself is in the bundle (the check above is not passing on a bundle without it).
    assert.match(source, /prettyToken|tokenType/);
  });
}

for (const entry of ['dist/cli/cli.js', 'dist/server/server.js']) {
  test(`${entry} sets the compiler flags before the bundle is compiled (scripts/build.mjs, COMPILE_FLAGS)`, () => {
    const source = fs.readFileSync(path.join(ROOT, entry), 'utf8');
    const flags = /var define_V8_FLAGS_default = (\[[^\]]*\]);/.exec(source);
    assert.ok(flags, 'the entry file carries its V8 flags');
    const set = JSON.parse(flags[1]) as string[];
    assert.ok(set.includes('--max-inlined-bytecode-size=120') && set.includes('--interrupt-budget=200000'), set.join(' '));
    // Set before the bundle runs: a code cache made under other flags is rejected.
    assert.ok(source.indexOf('of define_V8_FLAGS_default)') < source.lastIndexOf('runBundle('), 'flags set first');
  });
}

test('the built server starts without loading child_process or crypto (scripts/build.mjs, lazyBuiltins)', () => {
  // Runs after the bundle's top level (a timer set before it), prints the modules node has loaded, and ends the process.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-probe-'));
  const probe = path.join(folder, 'probe.cjs');
  fs.writeFileSync(probe, 'setTimeout(() => { process.stderr.write(JSON.stringify(process.moduleLoadList)); process.exit(0); }, 0);\n');
  const started = spawnSync(process.execPath, ['--require', probe, path.join(ROOT, 'dist/server/server.js'), '--stdio'], {
    input: '',
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, INTERNET_FIRST_LINT_CODE_CACHE: 'off' },
  });
  fs.rmSync(folder, { recursive: true, force: true });
  const loaded = JSON.parse(started.stderr) as string[];
  // The server is up: vscode-jsonrpc's stream reader, which needs `stream`, is loaded (the check below is not passing on an empty list).
  assert.ok(loaded.includes('NativeModule stream'), loaded.join(', '));
  for (const lazy of ['child_process', 'crypto', 'dgram']) assert.ok(!loaded.includes(`NativeModule ${lazy}`), `${lazy} loaded at start`);
});
