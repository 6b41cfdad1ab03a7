/**
 * `--fix` replaces files atomically (server/src/cli/atomic-write.ts): a failure
 * mid-write leaves the original intact and no temporary file behind, the
 * mode is kept, and a symbolic link is refused, by the function and the CLI.
 */
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { replaceFileAtomically, SymlinkRefused, type AtomicFs } from '../../server/src/cli/atomic-write';

const CLI = path.resolve(__dirname, '../../../dist/cli/cli.js');
const ORIGINAL = 'url: http://api.example.com/x\n';

describe('replaceFileAtomically', () => {
  let folder: string;
  let target: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-atomic-'));
    target = path.join(folder, 'app.yaml');
    fs.writeFileSync(target, ORIGINAL);
    fs.chmodSync(target, 0o640);
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  test('replaces the content, keeps the mode, leaves nothing else in the folder', () => {
    replaceFileAtomically(target, Buffer.from('url: https://api.example.com/x\n'));
    assert.equal(fs.readFileSync(target, 'utf8'), 'url: https://api.example.com/x\n');
    assert.equal(fs.statSync(target).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(folder), ['app.yaml']);
  });

  test('a write that fails half way (disk full) leaves the original intact', () => {
    const failing: AtomicFs = {
      ...fs,
      writeSync: ((fd: number, data: Uint8Array, offset: number) => {
        if (offset > 0) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return fs.writeSync(fd, data, 0, 5);
      }) as AtomicFs['writeSync'],
    };
    assert.throws(() => replaceFileAtomically(target, Buffer.from('x'.repeat(100)), failing), /ENOSPC/);
    assert.equal(fs.readFileSync(target, 'utf8'), ORIGINAL);
    assert.deepEqual(fs.readdirSync(folder), ['app.yaml']);
  });

  test('a failing flush or rename leaves the original intact', () => {
    for (const call of ['fsyncSync', 'renameSync'] as const) {
      const failing: AtomicFs = {
        ...fs,
        [call]: () => {
          throw new Error(`${call} failed`);
        },
      };
      assert.throws(() => replaceFileAtomically(target, Buffer.from('new\n'), failing), new RegExp(call));
      assert.equal(fs.readFileSync(target, 'utf8'), ORIGINAL, call);
      assert.deepEqual(fs.readdirSync(folder), ['app.yaml'], call);
    }
  });

  test('a symbolic link is refused and neither it nor its target changes', () => {
    const link = path.join(folder, 'link.yaml');
    fs.symlinkSync('app.yaml', link);
    assert.throws(() => replaceFileAtomically(link, Buffer.from('new\n')), SymlinkRefused);
    assert.equal(fs.readlinkSync(link), 'app.yaml');
    assert.equal(fs.readFileSync(target, 'utf8'), ORIGINAL);
  });

  test('the CLI fixes the file in place of the original and refuses a link with exit 2', () => {
    const fixed = spawnSync(process.execPath, [CLI, '--fix', '--unsafe-fixes', '--no-config', 'app.yaml'], { cwd: folder, encoding: 'utf8' });
    assert.equal(fixed.status, 0, fixed.stderr);
    assert.equal(fs.readFileSync(target, 'utf8'), 'url: https://api.example.com/x\n');
    assert.equal(fs.statSync(target).mode & 0o777, 0o640);
    fs.writeFileSync(target, ORIGINAL);
    fs.symlinkSync('app.yaml', path.join(folder, 'link.yaml'));
    const refused = spawnSync(process.execPath, [CLI, '--fix', '--unsafe-fixes', '--no-config', 'link.yaml'], { cwd: folder, encoding: 'utf8' });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /cannot write the fixes to link\.yaml: it is a symbolic link/);
    assert.equal(fs.readFileSync(target, 'utf8'), ORIGINAL);
  });
});
