/**
 * Only regular files are read (issue 11): a FIFO named `.gitignore` used to
 * block the CLI forever, and a FIFO named `x.yaml` was skipped without a
 * word. Child processes with a timeout, since a regression blocks.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../../dist/cli/cli.js');
let folder: string;

before(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-fifo-'));
  for (const name of ['.gitignore', 'x.yaml']) assert.equal(spawnSync('mkfifo', [path.join(folder, name)]).status, 0, 'mkfifo');
  fs.writeFileSync(path.join(folder, 'ok.yaml'), 'url: http://api.example.com/\n');
});
after(() => fs.rmSync(folder, { recursive: true, force: true }));

test('a FIFO .gitignore is not read, a FIFO x.yaml is reported, the rest is linted', () => {
  const result = spawnSync(process.execPath, [CLI, '--format', 'json', '--no-config', '.'], { cwd: folder, encoding: 'utf8', timeout: 30_000 });
  assert.equal(result.signal, null, 'the CLI blocked');
  assert.equal(result.status, 1, result.stderr);
  const report = JSON.parse(result.stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string; message: string }> }> };
  const byPath = new Map(report.files.map((file) => [file.path, file.findings]));
  assert.deepEqual(
    byPath.get('x.yaml')?.map((finding) => finding.message),
    ['Cannot read file: not a regular file'],
  );
  assert.ok(byPath.get('ok.yaml')?.some((finding) => finding.ruleId === 'insecure-url'));
});
