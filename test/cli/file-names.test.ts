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
import { displayPathBytes } from '../../server/src/cli/path-bytes';
import { percentEncodePath } from '../../server/src/cli/formatters/sarif';

const CLI = path.resolve(__dirname, '../../../dist/cli/cli.js');

interface SarifLog {
  runs: Array<{
    artifacts: Array<{ location: { uri: string } }>;
    results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
  }>;
}
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

describe("SARIF artifact URIs from a path's bytes", () => {
  test("the named segments come from the file's bytes, `..` segments stay; a real backslash is not read as an escape", () => {
    const fsPath = Buffer.concat([Buffer.from('/work/repo/lit\\xff'), Buffer.from([0xfe]), Buffer.from('/a.yaml')]);
    assert.deepEqual(
      displayPathBytes('lit\\xff\\xfe/a.yaml', fsPath),
      Buffer.concat([Buffer.from('lit\\xff'), Buffer.from([0xfe, 0x2f]), Buffer.from('a.yaml')]),
    );
    assert.deepEqual(
      displayPathBytes('../repo/lit\\xff\\xfe/a.yaml', fsPath),
      Buffer.concat([Buffer.from('../repo/lit\\xff'), Buffer.from([0xfe]), Buffer.from('/a.yaml')]),
    );
    assert.equal(percentEncodePath(displayPathBytes('lit\\xff\\xfe/a.yaml', fsPath)!), 'lit%5Cxff%FE/a.yaml');
    // The same as encodeURIComponent per segment for every UTF-8 path.
    for (const text of ['café/a b#c:d.yaml', "x-_.!~*'()/y", 'new\nline.yaml', '日本/設定.json']) {
      assert.equal(percentEncodePath(Buffer.from(text)), text.split('/').map(encodeURIComponent).join('/'), text);
    }
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

  for (const concurrency of ['off', '2']) {
    test(`SARIF names it by a percent-encoded URI of its bytes, which resolves to the file (--concurrency ${concurrency})`, (t) => {
      if (!supported) return t.skip('this file system refuses names that are not UTF-8');
      const result = spawnSync(process.execPath, [CLI, '-f', 'sarif', '--concurrency', concurrency, '.'], { cwd: temp, encoding: 'utf8', timeout: 60_000 });
      assert.equal(result.status, 1, result.stderr);
      const run = (JSON.parse(result.stdout) as SarifLog).runs[0];
      const artifacts = run.artifacts.map((artifact) => artifact.location.uri);
      assert.deepEqual(artifacts, ['b%FF.yaml', 'dir%E9/app.yaml']);
      const resultUris = run.results.map((found) => found.locations[0].physicalLocation.artifactLocation.uri);
      assert.deepEqual([...new Set(resultUris)].sort(), artifacts);
      for (const uri of artifacts) {
        // A URI reference of unreserved characters and %XX only, naming the file's real bytes.
        assert.match(uri, /^(?:[A-Za-z0-9\-_.!~*'()/]|%[0-9A-F]{2})+$/);
        const bytes = Buffer.from(
          uri.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        );
        assert.ok(fs.existsSync(Buffer.concat([Buffer.from(`${temp}/`), bytes])), uri);
      }
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
