/**
 * A file or folder name that is not valid UTF-8 (byte 0xff) is linted like
 * any other, on the main thread and in worker threads, and shown with the
 * byte escaped (`\xff`); `--fix` leaves it, saying why. Node's string paths
 * would turn the byte into U+FFFD and report "no such file" (issue 11).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isUtf8Name, nameForDisplay } from '../../server/src/files/file-name';

const CLI = path.resolve(__dirname, '../../../dist/cli/cli.js');
const PRIVATE_URL = 'url: https://10.0.0.1/api\n';

/** Whether this file system keeps a name that is not UTF-8 (Linux ext4 and tmpfs do; macOS APFS refuses it). */
function bytesNamesWork(folder: string): boolean {
  const probe = Buffer.concat([Buffer.from(path.join(folder, 'probe-')), Buffer.from([0xff])]);
  try {
    fs.writeFileSync(probe, '');
    fs.unlinkSync(probe);
    return true;
  } catch {
    return false;
  }
}

describe('nameForDisplay', () => {
  test('valid UTF-8 is decoded; every other byte is \\xNN', () => {
    assert.equal(nameForDisplay(Buffer.from('café.yaml')), 'café.yaml');
    assert.equal(nameForDisplay(Buffer.from([0x62, 0xff, 0x2e, 0x79])), 'b\\xff.y');
    // Latin-1 é, a truncated sequence, an overlong '/' and a lone continuation byte.
    assert.equal(nameForDisplay(Buffer.from([0x63, 0xe9, 0x2e, 0xe2, 0x82, 0xc0, 0xaf, 0x80])), 'c\\xe9.\\xe2\\x82\\xc0\\xaf\\x80');
    assert.equal(isUtf8Name(Buffer.from('café')), true);
    assert.equal(isUtf8Name(Buffer.from([0xff])), false);
  });
});

describe('the CLI lints a file whose name is not UTF-8', () => {
  let temp: string;
  let supported = true;
  before(() => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-names-'));
    fs.mkdirSync(path.join(temp, '.git'));
    supported = bytesNamesWork(temp);
    if (!supported) return;
    const bytes = (...parts: Array<string | number[]>): Buffer =>
      Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));
    fs.writeFileSync(bytes(temp, '/b', [0xff], '.yaml'), PRIVATE_URL);
    fs.mkdirSync(bytes(temp, '/dir', [0xe9]));
    fs.writeFileSync(bytes(temp, '/dir', [0xe9], '/app.yaml'), PRIVATE_URL);
  });
  after(() => fs.rmSync(temp, { recursive: true, force: true }));

  for (const concurrency of ['off', '2']) {
    test(`found, read and reported with the byte escaped (--concurrency ${concurrency})`, (t) => {
      if (!supported) return t.skip('this file system refuses names that are not UTF-8');
      const result = spawnSync(process.execPath, [CLI, '-f', 'json', '--concurrency', concurrency, '.'], { cwd: temp, encoding: 'utf8', timeout: 60_000 });
      assert.equal(result.status, 1, result.stderr);
      const report = JSON.parse(result.stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string }> }> };
      const byFile = Object.fromEntries(report.files.map((file) => [file.path, file.findings.map((finding) => finding.ruleId)]));
      assert.deepEqual(byFile, { 'b\\xff.yaml': ['private-address'], 'dir\\xe9/app.yaml': ['private-address'] });
    });
  }

  test('--fix leaves it and says why; the stylish report shows the escaped name', (t) => {
    if (!supported) return t.skip('this file system refuses names that are not UTF-8');
    fs.writeFileSync(Buffer.concat([Buffer.from(`${temp}/c`), Buffer.from([0xff]), Buffer.from('.yaml')]), 'url: http://api.service.nhs.uk/x\n');
    const result = spawnSync(process.execPath, [CLI, '--fix', '--unsafe-fixes', '.'], { cwd: temp, encoding: 'utf8', timeout: 60_000 });
    assert.match(result.stderr, /not fixing c\\xff\.yaml: its name is not UTF-8/);
    assert.match(result.stdout, /^b\\xff\.yaml$/m);
    assert.equal(
      fs.readFileSync(Buffer.concat([Buffer.from(`${temp}/c`), Buffer.from([0xff]), Buffer.from('.yaml')]), 'utf8'),
      'url: http://api.service.nhs.uk/x\n',
    );
  });
});
