/**
 * The folder walk with the project's own rules on top of the built-in skips:
 * nested .gitignore files (with re-includes) and .git/info/exclude, the
 * configuration's include/exclude (excluded folders are not entered), the
 * linter's own files, and --force-exclude for named files.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { discoverFiles } from '../../server/src/cli/discover';
import { GitignoreRules } from '../../server/src/files/gitignore';
import { encodeText, readTextFile } from '../../server/src/cli/read';
import type { LoadedConfig } from '../../server/src/engine/config';
import { toSlashes } from '../../server/src/config/find-config';

let root: string;

function write(relative: string, content: string | Buffer = 'a: 1\n'): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

const found = (paths: string[], options: Parameters<typeof discoverFiles>[2] = {}): string[] =>
  discoverFiles(paths, root, options).map((entry) => entry.displayPath);

before(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-walk-'));
  fs.mkdirSync(path.join(root, '.git', 'info'), { recursive: true });
  write('.git/info/exclude', 'scratch.yaml\n');
  write('.gitignore', 'dist/\n*.local.yaml\n');
  for (const file of ['app.yaml', 'scratch.yaml', 'dist/out.yaml', 'x.local.yaml', 'svc/keep.local.yaml', 'svc/secret.yaml', 'svc/app.yaml']) write(file);
  write('svc/.gitignore', '!keep.local.yaml\nsecret.yaml\n');
  for (const file of [
    'vendor/lib.yaml',
    'deploy/app.yaml',
    'deploy/app.generated.yaml',
    'deploy/legacy/old.yaml',
    '.internet-first.yaml',
    '.internet-first-baseline.json',
    'report.json',
  ])
    write(file);
});
after(() => fs.rmSync(root, { recursive: true, force: true }));

describe('gitignore', () => {
  test('nested files, deeper ones re-including; .git/info/exclude; ignored folders not entered', () => {
    assert.deepEqual(found(['.']), [
      'app.yaml',
      'deploy/app.generated.yaml',
      'deploy/app.yaml',
      'deploy/legacy/old.yaml',
      'report.json',
      'svc/app.yaml',
      'svc/keep.local.yaml',
      'vendor/lib.yaml',
    ]);
  });

  test('gitignore: false walks everything but the built-in skips', () => {
    assert.ok(found(['.'], { gitignore: false }).includes('dist/out.yaml'));
  });

  test('named files are linted even when ignored', () => {
    assert.deepEqual(found(['dist/out.yaml']), ['dist/out.yaml']);
  });

  test('GitignoreRules answers for files and folders', () => {
    const rules = new GitignoreRules(root);
    assert.equal(rules.isIgnored(path.join(root, 'dist'), true), true);
    assert.equal(rules.isIgnored(path.join(root, 'svc', 'keep.local.yaml'), false), false);
    assert.equal(rules.isIgnored(path.join(root, 'svc', 'other.local.yaml'), false), true);
    assert.equal(rules.isIgnored(path.join(root, 'app.yaml'), false), false);
  });
});

describe('configuration include/exclude in the walk', () => {
  const config: LoadedConfig = {
    source: '.internet-first.yaml',
    base: '',
    config: { exclude: ['vendor', '**/*.generated.yaml', 'deploy/legacy'], include: ['deploy', 'svc'] },
  };
  const chainFor = (): LoadedConfig[] => [{ ...config, base: toSlashes(root) }];

  test('excluded files and folders are skipped; only included files are linted', () => {
    assert.deepEqual(found(['.'], { chainFor }), ['deploy/app.yaml', 'svc/app.yaml', 'svc/keep.local.yaml']);
  });

  test('--no-ignore (gitignore: false) leaves .gitignore out, not the configuration', () => {
    assert.deepEqual(found(['.'], { chainFor, gitignore: false }), ['deploy/app.yaml', 'svc/app.yaml', 'svc/keep.local.yaml', 'svc/secret.yaml']);
  });

  test('named files are linted anyway, unless --force-exclude (which says which it left out)', () => {
    assert.deepEqual(found(['vendor/lib.yaml', 'app.yaml'], { chainFor }), ['app.yaml', 'vendor/lib.yaml']);
    const left: string[] = [];
    assert.deepEqual(found(['vendor/lib.yaml', 'app.yaml', 'deploy/app.yaml'], { chainFor, forceExclude: true, onExcluded: (file) => left.push(file) }), [
      'deploy/app.yaml',
    ]);
    assert.deepEqual(left, ['vendor/lib.yaml', 'app.yaml']);
  });

  test("the run's own files (skipFiles) and the linter's files are never walked", () => {
    const all = found(['.'], { skipFiles: new Set([path.join(root, 'report.json')]) });
    assert.ok(!all.includes('report.json'));
    assert.ok(!all.includes('.internet-first.yaml') && !all.includes('.internet-first-baseline.json'));
    assert.deepEqual(found(['.internet-first.yaml']), ['.internet-first.yaml'], 'named, it is linted');
    assert.deepEqual(
      found(['.internet-first.yaml', 'app.yaml'], { forceExclude: true }),
      ['app.yaml'],
      'unless --force-exclude (pre-commit names every changed file)',
    );
  });
});

describe('encodeText', () => {
  test('writes back the bytes read, in each encoding', () => {
    const samples: Record<string, Buffer> = {
      'utf8.yaml': Buffer.from('a: é\r\n'),
      'bom.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: é\n')]),
      'le.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: é\n', 'utf16le')]),
      'be.yaml': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('a: é\n', 'utf16le').swap16()]),
    };
    for (const [name, bytes] of Object.entries(samples)) {
      write(`enc/${name}`, bytes);
      const read = readTextFile(path.join(root, 'enc', name), 1e6);
      assert.ok(read.ok);
      assert.deepEqual(encodeText(read.text, read.encoding), bytes, name);
    }
  });
});
