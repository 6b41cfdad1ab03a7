/**
 * The npm package and the GitHub Action that uses it. The package is the
 * built bundles, the schemas and the docs the README links, with no
 * dependencies, so `npx internet-first-lint` installs the CLI bundle alone;
 * the Action installs that package and builds nothing.
 *
 * `npm pack` runs here with --ignore-scripts: its `prepare` would rebuild
 * dist/ (minified) under the other suites running at the same time.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { ruleMetas } from '../../server/src/engine';

const ROOT = path.resolve(__dirname, '../../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  bin: Record<string, string>;
};

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-npm-package-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));
/** npm's cache and logs stay in the scratch folder; nothing is fetched from the registry. */
const npmEnv = { ...process.env, npm_config_cache: path.join(scratch, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false' };

function npm(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(NPM, args, { cwd, env: npmEnv, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the npm package', () => {
  let files: string[];
  let tarball: string;

  before(() => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist/cli/cli.js')), 'dist/cli/cli.js is missing: run npm run build first');
    const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], ROOT);
    assert.equal(pack.status, 0, pack.stderr);
    const [result] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    files = result.files.map((file) => file.path);
    tarball = path.join(scratch, result.filename);
  });

  test('can be published and installs nothing but itself', () => {
    assert.notEqual(packageJson.private, true, '"private": true blocks npm publish');
    assert.deepEqual(packageJson.dependencies ?? {}, {}, 'the bundles carry their dependencies; npx must install nothing else');
  });

  test('holds the bundles its bin entries name, the schemas, and the docs the README links', () => {
    for (const target of Object.values(packageJson.bin)) assert.ok(files.includes(target), `bin target ${target} is not in the package`);
    for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md', 'schemas/config.schema.json', 'schemas/service-manifest.schema.json']) {
      assert.ok(files.includes(file), `${file} is not in the package`);
    }
    for (const meta of ruleMetas()) assert.ok(files.includes(`docs/rules/${meta.id}.md`), `docs/rules/${meta.id}.md is not in the package`);
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const linked = [...readme.matchAll(/\]\(((?:docs|schemas)\/[^)#\s]+)/g)].map((match) => match[1]);
    assert.ok(linked.length > 0, 'the README links no docs: the check below would prove nothing');
    assert.deepEqual(
      linked.filter((link) => !files.includes(link)),
      [],
      'linked from the README but not in the package',
    );
  });

  test('holds no sources, tests, source maps or development docs', () => {
    const unwanted = files.filter(
      (file) => /^(server|client|test|scripts|bench|node_modules|out|\.cache)\//.test(file) || file.endsWith('.map') || file.endsWith('.code-cache'),
    );
    assert.deepEqual(unwanted, []);
    assert.ok(!files.includes('docs/testing.md'), 'docs/testing.md is for contributors');
  });

  test('npx runs the CLI from the packed tarball, offline', () => {
    const project = path.join(scratch, 'project');
    fs.mkdirSync(project, { recursive: true });
    const run = npm(['exec', '--yes', '--offline', '--package', tarball, '--', 'internet-first-lint', '--version'], project);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), packageJson.version);
  });
});

describe('the GitHub Action (action.yml)', () => {
  interface Step {
    name?: string;
    id?: string;
    run?: string;
    env?: Record<string, string>;
  }
  const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { runs: { steps: Step[] } };
  const steps = action.runs.steps;

  test('installs the npm package at its own version and builds nothing', () => {
    const scripts = steps.map((step) => step.run ?? '').join('\n');
    assert.doesNotMatch(scripts, /npm ci|scripts\/build\.mjs|npm run build/);
    const get = steps.find((step) => step.id === 'linter');
    assert.ok(get?.run, 'no step with id "linter"');
    assert.match(get.run, /npm install [^\n]*"internet-first-lint@\$version"/);
    assert.match(get.run, /require\(process\.env\.ACTION_PATH \+ "\/package\.json"\)\.version/);
    assert.equal(packageJson.name, 'internet-first-lint');
  });

  test('runs the CLI the linter step found', () => {
    const lint = steps.find((step) => step.id === 'lint');
    assert.equal(lint?.env?.CLI, '${{ steps.linter.outputs.cli }}');
  });
});
