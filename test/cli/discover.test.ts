import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CliError } from '../../server/src/cli/args';
import { discoverFiles, displayPath } from '../../server/src/cli/discover';
import { readTextFile } from '../../server/src/cli/read';
import { formatMessage } from '../../server/src/engine/rule';
import { parseError } from '../../server/src/engine/rules/parse-error';
import { assertGlanceable } from '../rules/rule-tester';

let root: string;

function write(relative: string, content: string | Buffer = 'key: value\n'): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

before(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-discover-'));
  for (const file of ['b.yaml', 'a.yml', 'sub/c.json', 'sub/d.jsonc', 'sub/Z.YAML', 'notes.txt', 'README.md']) write(file);
  for (const file of ['node_modules/pkg/x.yaml', '.git/x.yaml', 'sub/node_modules/y.json', '.hg/h.yaml', '.svn/s.yaml']) write(file);
  for (const file of ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'sub/packages.lock.json', 'conda-lock.yml']) write(file);
  write('.github/workflows/ci.yml');
  // A link to a folder is not followed, even with a lintable name (links can loop).
  fs.symlinkSync(path.join(root, 'sub'), path.join(root, 'folder-link.yaml'));
  fs.symlinkSync(path.join(root, 'missing.yaml'), path.join(root, 'broken-link.yaml'));
});
after(() => fs.rmSync(root, { recursive: true, force: true }));

describe('discoverFiles', () => {
  test('walks folders for the four extensions in code-unit order, skipping VCS and dependency folders and lock files', () => {
    const found = discoverFiles(['.'], root).map((entry) => entry.displayPath);
    assert.deepEqual(found, ['.github/workflows/ci.yml', 'a.yml', 'b.yaml', 'broken-link.yaml', 'sub/Z.YAML', 'sub/c.json', 'sub/d.jsonc']);
  });

  test('named files are linted whatever their name; a named skipped folder is walked', () => {
    const found = discoverFiles(['notes.txt', 'package-lock.json', 'node_modules'], root);
    assert.deepEqual(
      found.map((entry) => [entry.displayPath, entry.explicit]),
      [
        ['node_modules/pkg/x.yaml', false],
        ['notes.txt', true],
        ['package-lock.json', true],
      ],
    );
  });

  test('a file both named and walked is listed once, as named', () => {
    const found = discoverFiles(['sub', 'sub/c.json'], root).filter((entry) => entry.displayPath === 'sub/c.json');
    assert.equal(found.length, 1);
    assert.equal(found[0].explicit, true);
  });

  test('paths are relative to the working folder with forward slashes, ../ when outside', () => {
    const found = discoverFiles([path.join(root, 'sub')], path.join(root, '.github'));
    assert.deepEqual(
      found.map((entry) => entry.displayPath),
      ['../sub/Z.YAML', '../sub/c.json', '../sub/d.jsonc'],
    );
    assert.equal(displayPath(path.join(root, 'a', 'b.yaml'), root), 'a/b.yaml');
  });

  test('a path that does not exist is a CliError naming it', () => {
    assert.throws(
      () => discoverFiles(['nope.yaml'], root),
      (error: unknown) => error instanceof CliError && /cannot find nope\.yaml: no such file or folder \(ENOENT\)/.test(error.message),
    );
  });

  test('an unreadable folder is reported as an entry, not skipped', { skip: process.getuid?.() === 0 ? 'root reads every folder' : false }, () => {
    write('locked/x.yaml');
    fs.chmodSync(path.join(root, 'locked'), 0o000);
    try {
      const locked = discoverFiles(['locked'], root);
      assert.equal(locked.length, 1);
      assert.match(locked[0].walkError ?? '', /permission denied/);
    } finally {
      fs.chmodSync(path.join(root, 'locked'), 0o755);
      fs.rmSync(path.join(root, 'locked'), { recursive: true });
    }
  });
});

describe('readTextFile', () => {
  test('UTF-8, with the byte order mark dropped', () => {
    write('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: é\n')]));
    assert.deepEqual(readTextFile(path.join(root, 'bom.yaml'), 1000), { ok: true, text: 'a: é\n', encoding: 'utf8-bom', lossy: false });
  });

  test('UTF-16 little- and big-endian with a byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: 1\n', 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    write('le.yaml', le);
    write('be.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    assert.deepEqual(readTextFile(path.join(root, 'le.yaml'), 1000), { ok: true, text: 'a: 1\n', encoding: 'utf16le', lossy: false });
    assert.deepEqual(readTextFile(path.join(root, 'be.yaml'), 1000), { ok: true, text: 'a: 1\n', encoding: 'utf16be', lossy: false });
  });

  test('invalid UTF-8 is read with replacement characters rather than refused', () => {
    write('latin1.yaml', Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    assert.deepEqual(readTextFile(path.join(root, 'latin1.yaml'), 1000), { ok: true, text: 'a: \ufffd\n', encoding: 'utf8', lossy: true });
  });

  test('a NUL byte in the first 8 KB means binary; later ones do not', () => {
    write('early.yaml', Buffer.concat([Buffer.from('a: 1\n'), Buffer.from([0])]));
    write('late.yaml', Buffer.concat([Buffer.alloc(9000, 0x20), Buffer.from([0])]));
    assert.deepEqual(readTextFile(path.join(root, 'early.yaml'), 1e6), { ok: false, messageId: 'binary', data: {} });
    assert.equal(readTextFile(path.join(root, 'late.yaml'), 1e6).ok, true);
  });

  test('a file over the limit is reported with both sizes', () => {
    write('big.yaml', Buffer.alloc(3 * 1024, 0x20));
    const outcome = readTextFile(path.join(root, 'big.yaml'), 2048);
    assert.deepEqual(outcome, { ok: false, messageId: 'tooLarge', data: { limit: '2 KB (it has 3 KB; see --max-file-size)' } });
    assert.ok(!outcome.ok);
    assertGlanceable(formatMessage(parseError.meta.messages.tooLarge, { limit: '5 MB (it has 12.4 MB; see --max-file-size)' }), 'tooLarge as the CLI words it');
    assert.equal(readTextFile(path.join(root, 'big.yaml'), 3 * 1024).ok, true, 'exactly at the limit is allowed');
  });

  test('a broken link and a folder are unreadable, with the reason', () => {
    assert.deepEqual(readTextFile(path.join(root, 'broken-link.yaml'), 1000), {
      ok: false,
      messageId: 'unreadable',
      data: { what: 'file', detail: 'no such file or folder (ENOENT)' },
    });
    assert.deepEqual(readTextFile(path.join(root, 'sub'), 1000), { ok: false, messageId: 'unreadable', data: { what: 'file', detail: 'not a regular file' } });
  });
});
