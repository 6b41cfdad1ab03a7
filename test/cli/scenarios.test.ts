/**
 * Golden CLI scenarios, after Spectral's test harness. Each folder under
 * test/fixtures/cli/ with a `command` file is one scenario: its files are
 * copied to a temporary folder, the built CLI (dist/cli/cli.js) runs there with
 * the command's arguments, and stdout and the exit code (and stderr, when an
 * `expected-stderr` file exists) must match the expected files exactly. Files
 * under `expected-files/` must match the files the run left behind (what
 * --fix wrote, the baseline --update-baseline wrote, files left alone).
 *
 * `UPDATE_GOLDEN=1 node --test out/test/cli/` rewrites the expected files;
 * review the diff before keeping it. See test/fixtures/cli/README.md.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ruleMetas } from '../../server/src/engine';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli/cli.js');
const SCENARIOS = path.join(ROOT, 'test/fixtures/cli');
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const CONTROL_FILES = new Set(['command', 'expected-stdout', 'expected-stderr', 'expected-exit', 'expected-files']);

/**
 * Files git cannot hold in a fixture, or that would act on this repository if
 * stored under their real names, are stored under these names and renamed in
 * the temporary copy: `.git` is never added and the root .gitignore drops
 * `node_modules`; a real `.gitignore` would hide fixture files from git; a
 * real `.internet-first.yaml` (some deliberately invalid) would configure
 * anyone linting this repository.
 */
const RENAMED_ON_COPY: Record<string, string> = {
  'git.fixture': '.git',
  'node_modules.fixture': 'node_modules',
  'gitignore.fixture': '.gitignore',
  'internet-first.yaml.fixture': '.internet-first.yaml',
  'internet-first.json.fixture': '.internet-first.json',
};

const workRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-cli-scenarios-'));
after(() => fs.rmSync(workRoot, { recursive: true, force: true }));

function copyInputs(from: string, to: string, isScenarioRoot = true): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (isScenarioRoot && CONTROL_FILES.has(entry.name)) continue;
    const target = path.join(to, RENAMED_ON_COPY[entry.name] ?? entry.name);
    if (entry.isDirectory()) copyInputs(path.join(from, entry.name), target, false);
    else fs.copyFileSync(path.join(from, entry.name), target);
  }
}

/** The `command` file: `internet-first-lint` then arguments, split on spaces; "double quotes" group. */
function readCommand(file: string): string[] {
  const line = fs.readFileSync(file, 'utf8').trim();
  const words = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]);
  assert.equal(words[0], 'internet-first-lint', `${file} must start with internet-first-lint`);
  return words.slice(1);
}

interface SarifLogShape {
  runs?: { tool: { driver: { rules?: unknown } }; results?: { ruleId?: string; ruleIndex?: unknown }[] }[];
}

/**
 * A golden must not list every rule, or adding one would change it: in SARIF output the driver's
 * rule list becomes a placeholder and each result's ruleIndex the rule it points at, once checked
 * against the registry (test/cli/sarif.test.ts checks the descriptors themselves).
 */
function normaliseRuleSet(text: string): string {
  if (!text.startsWith('{\n  "$schema"')) return text;
  const log = JSON.parse(text) as SarifLogShape;
  const ids = ruleMetas().map((meta) => meta.id);
  for (const run of log.runs ?? []) {
    assert.deepEqual(
      (run.tool.driver.rules as { id: string }[]).map((rule) => rule.id),
      ids,
      'the driver lists the registry',
    );
    run.tool.driver.rules = '{every registered rule}';
    for (const result of run.results ?? []) {
      if (result.ruleIndex === undefined) continue;
      assert.equal(ids[result.ruleIndex as number], result.ruleId, "ruleIndex points at the result's rule");
      result.ruleIndex = `{index of ${result.ruleId}}`;
    }
  }
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * `--list-rules`: the rows, one per registered rule, are checked against the registry (id, default
 * severity, the fixes --fix can apply, description) and collapse to one placeholder line.
 */
function normaliseRuleList(text: string): string {
  const lines = text.split('\n');
  if (!/^RULE +SEVERITY +FIXES +DESCRIPTION$/.test(lines[0])) return text;
  const metas = ruleMetas();
  const rows = lines.slice(1, 1 + metas.length);
  assert.equal(lines[1 + metas.length], '', 'one row per registered rule, then a blank line');
  rows.forEach((row, index) => {
    const meta = metas[index];
    const applied = ['safe', 'unsafe'].filter((applicability) => Object.values(meta.fixes ?? {}).some((kind) => kind.applicability === applicability));
    const fixes = applied.length > 0 ? applied.join(', ') : Object.keys(meta.fixes ?? {}).length > 0 ? 'editor' : '-';
    const [id, severity, ...rest] = row.split(/ {2,}/);
    assert.deepEqual([id, severity, rest.join('  ').startsWith(fixes)], [meta.id, meta.defaultSeverity, true], `row for ${meta.id}: ${row}`);
    assert.ok(
      row.endsWith(
        meta.description
          .split('\n')
          .map((part) => part.trim())
          .filter(Boolean)
          .join(' '),
      ),
      `row for ${meta.id}: description`,
    );
  });
  // The header's spacing follows the longest id, so it is kept single-spaced too.
  return [lines[0].replace(/ +/g, ' '), '{one row per registered rule}', ...lines.slice(1 + metas.length)].join('\n');
}

/** The only volatile text in any output: the tool's own version (SARIF driver, --version). */
function normaliseVersion(text: string): string {
  return text
    .replace(new RegExp(`("(?:semanticVersion|version)": )"${escapeRegExp(PACKAGE_VERSION)}"(?=,?\\n)`, 'g'), '$1"{version}"')
    .replace(new RegExp(`^${escapeRegExp(PACKAGE_VERSION)}$`, 'gm'), '{version}');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compareOrUpdate(file: string, actual: string, what: string): void {
  if (UPDATE) {
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `missing ${path.relative(ROOT, file)} (run with UPDATE_GOLDEN=1 to create it, then review it)`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${what} differs from ${path.relative(ROOT, file)}`);
}

/** Each file under expected-files/ against the file of the same path (renamed as on copy) after the run. */
function compareFilesLeftBehind(expectedRoot: string, workFolder: string): void {
  if (!fs.existsSync(expectedRoot)) return;
  for (const relative of listFiles(expectedRoot)) {
    const actualPath = path.join(workFolder, ...relative.split('/').map((part) => RENAMED_ON_COPY[part] ?? part));
    assert.ok(fs.existsSync(actualPath), `the run left no ${relative}`);
    compareOrUpdate(path.join(expectedRoot, relative), fs.readFileSync(actualPath, 'utf8'), `${relative} after the run`);
  }
}

function listFiles(root: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? listFiles(root, relative) : [relative];
  });
}

const scenarios = fs
  .readdirSync(SCENARIOS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(SCENARIOS, entry.name, 'command')))
  .map((entry) => entry.name)
  .sort();

describe('CLI golden scenarios', () => {
  test('the CLI bundle is built (npm run build)', () => {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: run npm run build first`);
  });

  test('there are scenarios to run', () => {
    assert.ok(scenarios.length >= 10, `expected at least 10 scenarios, found ${scenarios.length}`);
  });

  for (const name of scenarios) {
    test(name, () => {
      const folder = path.join(SCENARIOS, name);
      const workFolder = path.join(workRoot, name);
      copyInputs(folder, workFolder);
      const env = { ...process.env };
      // Colour must not leak in from the developer's or CI's environment.
      delete env.FORCE_COLOR;
      delete env.NO_COLOR;
      // Nor the repository the SARIF would record (GITHUB_*, or git above the scratch folder).
      for (const name of Object.keys(env)) if (name.startsWith('GITHUB_')) delete env[name];
      env.GIT_CEILING_DIRECTORIES = workRoot;
      const result = spawnSync(process.execPath, [CLI, ...readCommand(path.join(folder, 'command'))], {
        cwd: workFolder,
        env,
        encoding: 'utf8',
        timeout: 30_000,
      });
      assert.equal(result.error, undefined, `could not run the CLI: ${result.error?.message}`);

      compareOrUpdate(path.join(folder, 'expected-stdout'), normaliseRuleList(normaliseRuleSet(normaliseVersion(result.stdout))), 'stdout');
      const stderrFile = path.join(folder, 'expected-stderr');
      if (fs.existsSync(stderrFile) || (UPDATE && result.stderr !== '')) compareOrUpdate(stderrFile, result.stderr, 'stderr');
      compareOrUpdate(path.join(folder, 'expected-exit'), `${result.status}\n`, `exit code (stderr: ${result.stderr})`);
      compareFilesLeftBehind(path.join(folder, 'expected-files'), workFolder);
    });
  }
});
