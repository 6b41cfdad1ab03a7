/**
 * Finding configuration files on disk (server/src/config): every file from
 * the repository root (or a `root: true` file, or a workspace folder) down to
 * the linted file's folder, farthest first; each folder read once; a bad or
 * ambiguous file is a ConfigError naming it.
 */
import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError } from '../../server/src/engine/config';
import { ConfigFinder, isRepositoryRoot, toSlashes } from '../../server/src/config/find-config';

let root: string;

function write(relative: string, content: string): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

/** The chain for a file as the folders (relative to root) of its config files, farthest first. */
function chainFolders(finder: ConfigFinder, relativeFile: string): string[] {
  return finder.chainForFile(path.join(root, relativeFile)).map((loaded) => path.relative(root, loaded.base) || '.');
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-config-'));
  write('.internet-first.yaml', 'rules: { insecure-url: off }\n'); // above the repository: never used
  fs.mkdirSync(path.join(root, 'repo', '.git'), { recursive: true });
  write('repo/.internet-first.yaml', 'rules: { insecure-url: warning }\n');
  write('repo/deploy/.internet-first.yml', 'rules: { private-address: info }\n');
  write('repo/deploy/team/.internet-first.json', '{ "root": true, "rules": { "missing-tls": "off" } }\n');
  write('repo/deploy/team/svc/app.yaml', 'a: 1\n');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('ConfigFinder', () => {
  test('all files from the repository root down, farthest first; the one above the repository is ignored', () => {
    const finder = new ConfigFinder();
    assert.deepEqual(chainFolders(finder, 'repo/app.yaml'), ['repo']);
    assert.deepEqual(chainFolders(finder, 'repo/deploy/x/app.yaml'), ['repo', 'repo/deploy']);
  });

  test('root: true stops the search at that file', () => {
    assert.deepEqual(chainFolders(new ConfigFinder(), 'repo/deploy/team/svc/app.yaml'), ['repo/deploy/team']);
  });

  test('a workspace folder stops the search like a repository root', () => {
    const finder = new ConfigFinder({ stopAt: [path.join(root, 'repo', 'deploy')] });
    assert.deepEqual(chainFolders(finder, 'repo/deploy/x/app.yaml'), ['repo/deploy']);
  });

  test('outside any repository the search goes to the top of the file system', () => {
    write('plain/sub/a.yaml', 'a: 1\n');
    // Files above the scratch folder (the temporary folder may sit inside this repository, whose
    // own config has `root: true`) are outside the test's control: only the part inside it is asserted.
    const chain = chainFolders(new ConfigFinder(), 'plain/sub/a.yaml');
    assert.deepEqual(
      chain.filter((folder) => !folder.startsWith('..')),
      ['.'],
    );
  });

  test('each folder is read once per finder (a changed file needs a new finder)', () => {
    const finder = new ConfigFinder();
    const first = finder.chainForFile(path.join(root, 'repo/deploy/a.yaml'));
    write('repo/deploy/.internet-first.yml', 'rules: { private-address: error }\n');
    assert.equal(finder.chainForFile(path.join(root, 'repo/deploy/b.yaml')), first);
    assert.deepEqual(new ConfigFinder().chainForFile(path.join(root, 'repo/deploy/b.yaml'))[1].config, { rules: { 'private-address': 'error' } });
  });

  test('globs are rooted at the folder of the file, with / separators', () => {
    const [loaded] = new ConfigFinder().chainForFile(path.join(root, 'repo/a.yaml'));
    assert.equal(loaded.base, toSlashes(path.join(root, 'repo')));
  });

  test('a bad file is a ConfigError naming it as `describe` says', () => {
    write('repo/bad/.internet-first.yaml', 'rules:\n  insecure-url: warnin\n');
    const finder = new ConfigFinder({ describe: (file) => path.relative(root, file) });
    assert.throws(
      () => finder.chainForFile(path.join(root, 'repo/bad/x.yaml')),
      (error: unknown) =>
        error instanceof ConfigError && error.source === path.join('repo', 'bad', '.internet-first.yaml') && /rules\.insecure-url/.test(error.message),
    );
  });

  test('two config files in one folder is an error, not a silent pick', () => {
    write('repo/two/.internet-first.yaml', 'root: true\n');
    write('repo/two/.internet-first.json', '{}\n');
    assert.throws(() => new ConfigFinder().chainForFile(path.join(root, 'repo/two/x.yaml')), /\.internet-first\.yaml and \.internet-first\.json are both in/);
  });

  test('loadFile: a named file with its globs rooted where the caller says; a missing one is a ConfigError', () => {
    const finder = new ConfigFinder();
    const loaded = finder.loadFile(path.join(root, 'repo/deploy/.internet-first.yml'), root);
    assert.equal(loaded.base, toSlashes(root));
    assert.throws(
      () => finder.loadFile(path.join(root, 'nope.yaml'), root),
      (error: unknown) => error instanceof ConfigError && /cannot be read: ENOENT/.test(error.message),
    );
  });

  test('a config file linked from outside the workspace folder is not read, and the caller is told once', () => {
    write('outside/settings.yaml', 'rules: { private-address: off }\n');
    fs.mkdirSync(path.join(root, 'workspace/sub'), { recursive: true });
    fs.symlinkSync(path.join(root, 'outside/settings.yaml'), path.join(root, 'workspace/sub/.internet-first.yaml'));
    const warnings: string[] = [];
    const finder = new ConfigFinder({
      stopAt: [path.join(root, 'workspace')],
      warn: (message) => warnings.push(message),
      describe: (file) => path.relative(root, file),
    });
    assert.deepEqual(finder.chainForFile(path.join(root, 'workspace/sub/a.yaml')), []);
    assert.deepEqual(finder.chainForFile(path.join(root, 'workspace/sub/b.yaml')), []);
    assert.deepEqual(warnings, [`not reading ${path.join('workspace', 'sub', '.internet-first.yaml')}: a symbolic link leads outside workspace`]);
    // The same link read from a workspace that holds its target is an ordinary config file.
    assert.deepEqual(chainFolders(new ConfigFinder({ stopAt: [root] }), 'workspace/sub/a.yaml'), ['.', path.join('workspace', 'sub')]);
  });

  test('isRepositoryRoot: a .git folder or file', () => {
    write('worktree/.git', 'gitdir: /elsewhere\n');
    assert.equal(isRepositoryRoot(path.join(root, 'worktree')), true);
    assert.equal(isRepositoryRoot(path.join(root, 'repo')), true);
    assert.equal(isRepositoryRoot(path.join(root, 'repo', 'deploy')), false);
  });
});
