/**
 * What a workspace's own files may decide (issue 11), through the built CLI:
 * a `hostMap` fix can write any host, so `--fix` never applies it and the
 * editor never prefers it; a config file above the linted folder (no `.git`
 * between) cannot silence it; a config file that is a symbolic link out of
 * the linted tree is not read, and the run says so.
 */
import { describe, test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../server/src/engine';
import { toLspFix } from '../../server/src/lsp/diagnostics';
import { fixAllEdit } from '../../server/src/lsp/fix-all';
import { findGitRoot } from '../../server/src/files/repository-root';

const CLI = path.resolve(__dirname, '../../../dist/cli/cli.js');
const PRIVATE_URL = 'url: https://10.20.0.5/api\n';

let temp: string;

/**
 * A folder no repository holds, for the cases about a project without `.git`.
 * `npm test` points the temporary folder at `.cache/tmp/`, itself a repository
 * (scripts/test.mjs), so those cases go to the system's /tmp (removed after).
 */
const OUTSIDE_REPOSITORIES = [os.tmpdir(), '/tmp'].find((folder) => fs.existsSync(folder) && findGitRoot(folder) === undefined);
const NO_OUTSIDE = OUTSIDE_REPOSITORIES === undefined ? 'every temporary folder here is inside a repository' : false;

function scratchOutsideRepositories(): void {
  fs.rmSync(temp, { recursive: true, force: true });
  temp = fs.mkdtempSync(path.join(OUTSIDE_REPOSITORIES!, 'ifl-trust-'));
}

function write(relative: string, text: string): void {
  const file = path.join(temp, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function run(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: path.join(temp, cwd), encoding: 'utf8', timeout: 60_000 });
}

/** The rule ids found per file, from the JSON report. */
function findings(cwd: string, args: string[]): { byFile: Record<string, string[]>; stderr: string } {
  const result = run(cwd, ['-f', 'json', ...args]);
  assert.notEqual(result.status, 2, result.stderr);
  const report = JSON.parse(result.stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string }> }> };
  return { byFile: Object.fromEntries(report.files.map((file) => [file.path, file.findings.map((finding) => finding.ruleId)])), stderr: result.stderr };
}

beforeEach(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-trust-'));
});
afterEach(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('a hostMap replacement is never applied without a person', () => {
  const HOST_MAP = 'hostMap:\n  10.20.0.5: anything.example.org\n';

  test('--fix leaves it; --unsafe-fixes applies it; the report calls it unsafe', () => {
    fs.mkdirSync(path.join(temp, 'repo/.git'), { recursive: true });
    write('repo/.internet-first.yaml', HOST_MAP);
    write('repo/app.yaml', PRIVATE_URL);
    const fixed = run('repo', ['--fix', '.']);
    assert.equal(fixed.status, 1, fixed.stderr);
    assert.equal(fs.readFileSync(path.join(temp, 'repo/app.yaml'), 'utf8'), PRIVATE_URL);
    assert.match(fixed.stdout, /1 more fix available with --unsafe-fixes/);
    const report = JSON.parse(run('repo', ['-f', 'json', '.']).stdout) as { files: Array<{ findings: Array<{ fixApplicability?: string }> }> };
    assert.equal(report.files[0].findings[0].fixApplicability, 'unsafe');
    run('repo', ['--fix', '--unsafe-fixes', '.']);
    assert.equal(fs.readFileSync(path.join(temp, 'repo/app.yaml'), 'utf8'), 'url: https://anything.example.org/api\n');
  });

  test('in the editor it is not the preferred fix (never applied by "Auto Fix"), and its title names the host', () => {
    const document = TextDocument.create('file:///app.yaml', 'yaml', 1, PRIVATE_URL);
    const [fix] = lint(PRIVATE_URL, 'yaml', { hostMap: { '10.20.0.5': 'anything.example.org' } }).flatMap((finding) => finding.fixes ?? []);
    const action = toLspFix(fix, document);
    assert.equal(action.isPreferred, false);
    assert.match(action.title, /anything\.example\.org/);
    // Fix-all, which fix-on-save runs, has nothing to apply.
    assert.equal(fixAllEdit(document, 'yaml', { hostMap: { '10.20.0.5': 'anything.example.org' } }, 'app.yaml'), undefined);
  });
});

describe('the config search stops at the repository root or the folder named on the command line', { skip: NO_OUTSIDE }, () => {
  beforeEach(() => {
    scratchOutsideRepositories();
    // A parent folder (no .git anywhere below it) whose config would silence everything under it.
    write('parent/.internet-first.yaml', 'exclude: ["**"]\nrules: { private-address: off }\n');
    write('parent/project/deploy/app.yaml', PRIVATE_URL);
  });

  test('a folder without .git is linted by its own rules, whatever a parent folder says', () => {
    assert.deepEqual(findings('parent', ['project']).byFile, { 'project/deploy/app.yaml': ['private-address'] });
    assert.deepEqual(findings('parent/project', ['.']).byFile, { 'deploy/app.yaml': ['private-address'] });
  });

  test('a named file without .git above it: the search stops at the working folder holding it, else at its folder', () => {
    assert.deepEqual(findings('parent/project', ['deploy/app.yaml']).byFile, { 'deploy/app.yaml': ['private-address'] });
    assert.deepEqual(findings('parent/project/deploy', ['app.yaml']).byFile, { 'app.yaml': ['private-address'] });
    write('elsewhere/.keep', '');
    assert.deepEqual(findings('elsewhere', ['../parent/project/deploy/app.yaml']).byFile, { '../parent/project/deploy/app.yaml': ['private-address'] });
    // Run from the parent folder, the file is part of that folder's project, and its config applies.
    assert.deepEqual(findings('parent', ['project/deploy/app.yaml']).byFile, { 'project/deploy/app.yaml': [] });
  });

  test("the named folder's own config and those between it and the file still apply", () => {
    write('parent/project/.internet-first.yaml', 'rules: { private-address: info }\n');
    write('parent/project/deploy/.internet-first.yaml', 'allow: [203.0.113.7]\n');
    const result = run('parent', ['-f', 'json', 'project']);
    const report = JSON.parse(result.stdout) as { files: Array<{ findings: Array<{ severity: string }> }> };
    assert.equal(report.files[0].findings[0].severity, 'info');
  });

  test('inside a repository the search still goes up to its root, past the named folder', () => {
    fs.mkdirSync(path.join(temp, 'parent/project/.git'));
    write('parent/project/.internet-first.yaml', 'rules: { private-address: off }\n');
    assert.deepEqual(findings('parent/project', ['deploy']).byFile, { 'deploy/app.yaml': [] });
  });

  test('--config names the one file to use, wherever it is', () => {
    assert.deepEqual(findings('parent', ['--config', '.internet-first.yaml', 'project/deploy/app.yaml']).byFile, { 'project/deploy/app.yaml': [] });
  });
});

describe('a config file that is a symbolic link out of the linted tree is not read', () => {
  beforeEach(() => {
    write('elsewhere/silence.yaml', 'rules: { private-address: off }\n');
    fs.mkdirSync(path.join(temp, 'repo/.git'), { recursive: true });
    write('repo/deploy/app.yaml', PRIVATE_URL);
  });

  test('a link out of the repository: not read, with a warning naming it', () => {
    fs.symlinkSync(path.join(temp, 'elsewhere/silence.yaml'), path.join(temp, 'repo/deploy/.internet-first.yaml'));
    const { byFile, stderr } = findings('repo', ['.']);
    assert.deepEqual(byFile, { 'deploy/app.yaml': ['private-address'] });
    assert.match(stderr, /warning: .*deploy\/\.internet-first\.yaml.*symbolic link/);
  });

  test('a link inside the repository is read', () => {
    write('repo/shared/lint-settings.txt', 'rules: { private-address: off }\n');
    fs.symlinkSync('../shared/lint-settings.txt', path.join(temp, 'repo/deploy/.internet-first.yaml'));
    const { byFile, stderr } = findings('repo', ['.']);
    assert.deepEqual(byFile, { 'deploy/app.yaml': [] });
    assert.equal(stderr, '');
  });

  test('without .git, the named folder is the boundary', { skip: NO_OUTSIDE }, () => {
    scratchOutsideRepositories();
    write('elsewhere/silence.yaml', 'rules: { private-address: off }\n');
    write('repo/deploy/app.yaml', PRIVATE_URL);
    fs.symlinkSync(path.join(temp, 'elsewhere/silence.yaml'), path.join(temp, 'repo/.internet-first.yaml'));
    assert.deepEqual(findings('repo', ['deploy']).byFile, { 'deploy/app.yaml': ['private-address'] });
    assert.deepEqual(findings('repo', ['.']).byFile, { 'deploy/app.yaml': ['private-address'] });
  });
});
