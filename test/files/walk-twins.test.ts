import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { discoverFiles } from '../../server/src/cli/discover';
import { CONFIG_FILE_NAMES } from '../../server/src/config/find-config';
import { TOOL_FILE_NAMES } from '../../server/src/files/lintable';
import { scanFolder } from '../../server/src/lsp/workspace-scan';

let base: string;
let root: string;
let fifoMade = false;

function write(relative: string): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'key: value\n');
}

before(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-walk-twins-'));
  root = path.join(base, 'tree');
  for (const file of ['a.yaml', 'sub/b.json', 'sub/deep/c.yml', 'ignored.yaml', 'gen/d.yaml', 'sub/kept.yaml']) write(file);
  for (const file of ['node_modules/pkg/x.yaml', '.git/x.yaml', 'package-lock.json', '.internet-first.yaml', '.internet-first-baseline.json']) write(file);
  fs.writeFileSync(path.join(root, '.gitignore'), 'ignored.yaml\ngen/\nsub/*.yaml\n!sub/kept.yaml\n');
  // Outside the tree: a link to a folder is never followed, a link to a file is linted as a file.
  fs.mkdirSync(path.join(base, 'outside'));
  fs.writeFileSync(path.join(base, 'outside', 'o.yaml'), 'key: value\n');
  fs.symlinkSync(path.join(base, 'outside'), path.join(root, 'out-folder.yaml'));
  fs.symlinkSync(path.join(base, 'outside'), path.join(root, 'out-folder'));
  fs.symlinkSync(path.join(base, 'outside', 'o.yaml'), path.join(root, 'out-file.yaml'));
  fs.symlinkSync(path.join(base, 'missing.yaml'), path.join(root, 'broken.yaml'));
  try {
    execFileSync('mkfifo', [path.join(root, 'pipe.yaml')]);
    fifoMade = true;
  } catch {
    // No mkfifo (Windows): the rest of the tree still compares the two walks.
  }
});
after(() => fs.rmSync(base, { recursive: true, force: true }));

describe('one walk for the CLI and the workspace scan', () => {
  test('discoverFiles and the workspace scan list the same files', async () => {
    const cli = discoverFiles(['.'], root).map((entry) => entry.absolutePath);
    const logged: string[] = [];
    const server = await scanFolder(
      root,
      () => false,
      (message) => logged.push(message),
    );
    assert.deepEqual([...server].sort(), [...cli].sort());
    const expected = ['a.yaml', 'broken.yaml', 'out-file.yaml', 'sub/b.json', 'sub/deep/c.yml', 'sub/kept.yaml', ...(fifoMade ? ['pipe.yaml'] : [])];
    assert.deepEqual(cli.map((file) => path.relative(root, file).split(path.sep).join('/')).sort(), expected.sort());
    assert.deepEqual(logged, []);
  });

  test('a name that is not UTF-8: the CLI lints it through its bytes, the scan logs it and leaves it out', async (context) => {
    if (process.platform !== 'linux') return context.skip('only Linux file systems take any bytes as a name');
    const folder = path.join(base, 'latin1');
    fs.mkdirSync(folder);
    fs.writeFileSync(Buffer.concat([Buffer.from(`${folder}/caf`), Buffer.from([0xe9]), Buffer.from('.yaml')]), 'key: value\n');
    fs.writeFileSync(path.join(folder, 'plain.yaml'), 'key: value\n');
    const cli = discoverFiles(['.'], folder);
    assert.deepEqual(
      cli.map((entry) => [entry.displayPath, entry.fsPath !== undefined]),
      [
        ['caf\\xe9.yaml', true],
        ['plain.yaml', false],
      ],
    );
    const logged: string[] = [];
    assert.deepEqual(
      await scanFolder(
        folder,
        () => false,
        (message) => logged.push(message),
      ),
      [path.join(folder, 'plain.yaml')],
    );
    assert.equal(logged.length, 1);
  });

  test('the config file names are among the tool files a walk never lints', () => {
    for (const name of CONFIG_FILE_NAMES) assert.ok(TOOL_FILE_NAMES.has(name), name);
  });
});
