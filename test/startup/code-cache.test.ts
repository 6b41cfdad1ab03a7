/**
 * The code cache the CLI and the language server start through
 * (server/src/startup/code-cache.ts): made after a first run, used by the
 * next, remade by the first long run when a short one made it, remade when V8
 * rejects it, written to the temporary folder when it cannot be written beside
 * the bundle, never read from there unless it is the user's own private file,
 * and never in the way of running the bundle.
 */
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cacheLocations, runBundle } from '../../server/src/startup/code-cache';

/**
 * A bundle that counts its runs and records what it was given as `__filename`; with
 * `codeCacheTestWork` set it also calls 200 functions (compiled only then), as a lint would.
 */
const WORK = Array.from({ length: 200 }, (_, i) => `function work${i}(n) { let t = ${i}; for (let j = 0; j < n; j++) t += (j * ${i}) % 7; return t; }`);
const BUNDLE = `
const runs = (globalThis.codeCacheTestRuns ??= []);
runs.push({ filename: __filename, dirname: __dirname, sep: require('node:path').sep });
${WORK.join('\n')}
if (globalThis.codeCacheTestWork) module.exports.total = [${WORK.map((_, i) => `work${i}(10)`).join(', ')}].length;
`;

let folder: string;
let bundle: string;
let hash: string;
let savedTmp: string | undefined;
let hashes = 0;

const runs = (): Array<{ filename: string; dirname: string; sep: string }> =>
  (globalThis as { codeCacheTestRuns?: Array<{ filename: string; dirname: string; sep: string }> }).codeCacheTestRuns ?? [];

/** Runs the bundle and waits until the cache it schedules (at once here) is on disk, if it schedules one. */
async function run(refreshAfterMs = 3_600_000): Promise<ReturnType<typeof runBundle>> {
  const use = runBundle(bundle, { hash, filename: path.join(folder, 'entry.js'), writeAfterMs: 0, refreshAfterMs });
  await new Promise((resolve) => setTimeout(resolve, 50));
  return use;
}

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-code-cache-'));
  bundle = path.join(folder, 'tool.main.js');
  fs.writeFileSync(bundle, BUNDLE);
  // A fresh hash per test, so no test reads another's cache in the temporary folder.
  hash = `test${process.pid}x${hashes++}`;
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = fs.mkdtempSync(path.join(folder, 'tmp-'));
  delete process.env.INTERNET_FIRST_LINT_CODE_CACHE;
  (globalThis as { codeCacheTestWork?: boolean }).codeCacheTestWork = false;
});

afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('code cache', () => {
  test('is made on the first run, beside the bundle and private, and used by the next', async () => {
    const before = runs().length;
    assert.equal(await run(), 'made');
    const { beside } = cacheLocations(bundle, hash);
    assert.ok(fs.existsSync(beside), 'no cache beside the bundle');
    if (process.platform !== 'win32') assert.equal(fs.statSync(beside).mode & 0o777, 0o600);
    assert.equal(await run(), 'used');
    assert.equal(runs().length, before + 2, 'the bundle did not run both times');
    assert.deepEqual(runs().at(-1), { filename: path.join(folder, 'entry.js'), dirname: folder, sep: path.sep });
  });

  test('made by a short run, is remade by the next long run only, and then kept', async () => {
    const { beside } = cacheLocations(bundle, hash);
    assert.equal(await run(), 'made');
    const thin = fs.statSync(beside).size;
    (globalThis as { codeCacheTestWork?: boolean }).codeCacheTestWork = true;
    // A rewrite renames a new file into place: another inode.
    const thinFile = fs.statSync(beside).ino;
    assert.equal(await run(), 'used'); // not long enough to remake it
    assert.equal(fs.statSync(beside).ino, thinFile);
    assert.equal(await run(0), 'used');
    const full = fs.statSync(beside);
    assert.notEqual(full.ino, thinFile);
    assert.ok(full.size > thin * 1.25, `the cache did not grow: ${thin} → ${full.size} bytes`);
    assert.equal(await run(0), 'used'); // made by a long run: kept, at no cost to this one
    assert.equal(fs.statSync(beside).ino, full.ino);
  });

  test('made by a long run, is kept by every later run', async () => {
    const { beside } = cacheLocations(bundle, hash);
    assert.equal(await run(0), 'made');
    const made = fs.statSync(beside).ino;
    assert.equal(await run(0), 'used');
    assert.equal(await run(), 'used');
    assert.equal(fs.statSync(beside).ino, made);
  });

  test('a file that does not start as ours is not given to V8, and is made again', async () => {
    const { beside } = cacheLocations(bundle, hash);
    fs.writeFileSync(beside, 'not a code cache', { mode: 0o600 });
    assert.equal(await run(), 'made');
    assert.equal(await run(), 'used');
  });

  test('is remade when V8 rejects it, and the bundle still runs', async () => {
    const { beside } = cacheLocations(bundle, hash);
    // Our first byte, then data V8 cannot use.
    fs.writeFileSync(beside, Buffer.concat([Buffer.from([1]), Buffer.from('not a code cache')]), { mode: 0o600 });
    const before = runs().length;
    assert.equal(await run(), 'rejected');
    assert.equal(runs().length, before + 1);
    assert.equal(await run(), 'used');
  });

  test('goes to the temporary folder when it cannot be written beside the bundle', async () => {
    const { beside, temporary } = cacheLocations(bundle, hash);
    // A folder where the file would go: the rename fails even for root.
    fs.mkdirSync(beside);
    assert.equal(await run(), 'made');
    assert.ok(fs.existsSync(temporary), 'no cache in the temporary folder');
    assert.equal(await run(), 'used');
  });

  test('is not read from the temporary folder when others may write it', async () => {
    const { beside, temporary } = cacheLocations(bundle, hash);
    fs.mkdirSync(beside);
    assert.equal(await run(), 'made');
    if (process.platform === 'win32') return;
    fs.chmodSync(temporary, 0o666);
    assert.equal(await run(), 'made');
  });

  test('is named by the bundle hash, so a rebuilt bundle does not read an old one', () => {
    assert.notEqual(cacheLocations(bundle, 'aaaa').beside, cacheLocations(bundle, 'bbbb').beside);
    assert.notEqual(cacheLocations(bundle, 'aaaa').temporary, cacheLocations(bundle, 'bbbb').temporary);
  });

  test('INTERNET_FIRST_LINT_CODE_CACHE=off neither reads nor writes one', async () => {
    process.env.INTERNET_FIRST_LINT_CODE_CACHE = 'off';
    const before = runs().length;
    assert.equal(await run(), 'off');
    assert.equal(runs().length, before + 1);
    const { beside, temporary } = cacheLocations(bundle, hash);
    assert.ok(!fs.existsSync(beside) && !fs.existsSync(temporary));
  });
});
