/**
 * The CLI hands the engine the path inside the repository (from the nearest
 * `.git`, else the folder named on the command line), so folders above the
 * checkout never decide whether a file is a test, an example or a local stack.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repositoryRelativePath } from '../../server/src/files/repository-root';
import { resolveConfig } from '../../server/src/engine/config';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli/cli.js');
const LOCALHOST = 'api:\n  url: http://localhost:8080\n';

let temp: string;

function write(relative: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(temp, relative)), { recursive: true });
  fs.writeFileSync(path.join(temp, relative), text);
}

function findings(cwd: string, paths: string[]): Array<{ path: string; ruleId: string; context?: { kind: string } }> {
  const result = spawnSync(process.execPath, [CLI, '--no-config', '-f', 'json', ...paths], { cwd, encoding: 'utf8', timeout: 60_000 });
  assert.notEqual(result.status, 2, result.stderr);
  const report = JSON.parse(result.stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string; context?: { kind: string } }> }> };
  return report.files.flatMap((file) => file.findings.map((finding) => ({ ...finding, path: file.path })));
}

describe('relative path for the deployment context', () => {
  before(() => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-relpath-'));
    // A checkout that happens to live under a folder named `test`.
    fs.mkdirSync(path.join(temp, 'test', 'repo', '.git'), { recursive: true });
    write('test/repo/config/app.yaml', LOCALHOST);
    write('test/repo/tests/app.yaml', LOCALHOST);
    // No .git: the folder named on the command line is the root.
    write('corpus/owner__repo/config/app.yaml', LOCALHOST);
    write('corpus/owner__repo/examples/app.yaml', LOCALHOST);
  });
  after(() => fs.rmSync(temp, { recursive: true, force: true }));

  test('the .git root decides, not the folders above it', () => {
    assert.equal(repositoryRelativePath(path.join(temp, 'test/repo/config/app.yaml')), 'config/app.yaml');
    const found = findings(temp, ['test/repo']);
    assert.deepEqual(
      found.map((f) => f.path),
      ['test/repo/config/app.yaml'],
    );
  });

  test('without .git, the folder named on the command line is the root', () => {
    const found = findings(path.join(temp, 'corpus'), ['owner__repo']);
    assert.deepEqual(
      found.map((f) => f.path),
      ['owner__repo/config/app.yaml'],
    );
  });
});

describe('config file `context`', () => {
  test('globs state a context; a nearer file wins; deployed wins within a file', () => {
    const top = {
      source: '.internet-first.yaml',
      base: '/repo',
      config: { context: { local: ['dev-stack/**'], deployed: ['deploy/test/**', 'dev-stack/shared.yaml'] } },
    };
    assert.equal(resolveConfig([top], '/repo/dev-stack/compose.yaml').context?.kind, 'local');
    assert.equal(resolveConfig([top], '/repo/dev-stack/shared.yaml').context?.kind, 'deployed');
    assert.equal(resolveConfig([top], '/repo/deploy/test/values.yaml').context?.kind, 'deployed');
    assert.equal(resolveConfig([top], '/repo/app.yaml').context, undefined);
    const near = { source: 'deploy/.internet-first.yaml', base: '/repo/deploy', config: { context: { local: ['test/**'] } } };
    assert.equal(resolveConfig([top, near], '/repo/deploy/test/values.yaml').context?.kind, 'local');
  });
});
