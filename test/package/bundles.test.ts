/**
 * What the built bundles carry (scripts/build.mjs): the `yaml` package's
 * browser build, which is its Node build without a read of
 * process.env.LOG_TOKENS for every token parsed (about 6 % of a YAML lint).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

for (const bundle of ['dist/cli/cli.main.js', 'dist/server/server.main.js']) {
  test(`${bundle} parses YAML without reading the environment per token`, () => {
    const source = fs.readFileSync(path.join(ROOT, bundle), 'utf8');
    assert.ok(!source.includes('LOG_TOKENS'), 'the bundle holds the Node build of yaml');
    // The parser itself is in the bundle (the check above is not passing on a bundle without it).
    assert.match(source, /prettyToken|tokenType/);
  });
}
