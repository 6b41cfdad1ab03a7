#!/usr/bin/env node
/**
 * `npm test` after the build and the type check: prepares what the editor
 * tests need (scripts/setup-editors.sh, idempotent, one line of output), then
 * runs every node:test suite under out/test/.
 *
 * Everything the run writes stays in the repository: the system temporary
 * folder is replaced by `.cache/tmp/` (git-ignored), so scratch folders,
 * browser profiles and editor data land there and nowhere else.
 *
 * Before the tests, with no arguments, ESLint checks the project's own code (eslint.config.mjs:
 * typescript-eslint's recommended rules, 160-character lines, the engine's import boundaries),
 * cached in .cache/eslint/ so an unchanged tree takes a few seconds; then Prettier checks the
 * formatting (npm run format writes it), cached in .cache/prettier.
 *
 * IFL_SKIP_EDITOR_TESTS=1 skips the set-up and the editor tests (a quick run
 * while working on a rule). Arguments are passed to `node --test` instead of
 * the default `out/test/` (for example one compiled test file).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, '.cache', 'tmp');
mkdirSync(tmp, { recursive: true });
removeStaleScratch(tmp);
markAsOwnRepository(tmp);
const env = { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp };

if (!process.env.IFL_SKIP_EDITOR_TESTS) {
  // The script prints one line; its details go to .cache/setup-editors.log. A failed install is
  // reported by the editor tests themselves (they fail with the reason), so the other suites still run.
  const setup = spawnSync('bash', [join(root, 'scripts/setup-editors.sh')], { cwd: root, env, stdio: 'inherit' });
  if (setup.status !== 0) env.IFL_EDITOR_SETUP_FAILED = `scripts/setup-editors.sh exited with ${setup.status ?? setup.signal}: see .cache/setup-editors.log`;
}

const targets = process.argv.slice(2);
if (targets.length === 0) {
  const eslint = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const lint = spawnSync(process.execPath, [eslint, '--cache', '--cache-location', '.cache/eslint/', '.'], { cwd: root, env, stdio: 'inherit' });
  if (lint.status !== 0) {
    console.error('ESLint found problems (above): fix them, then run npm test again.');
    process.exit(lint.status ?? 1);
  }
  const prettier = join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
  const format = spawnSync(process.execPath, [prettier, '--check', '--log-level', 'warn', '--cache', '--cache-location', '.cache/prettier', '.'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (format.status !== 0) {
    console.error('Prettier would reformat the files above: run npm run format, then npm test again.');
    process.exit(format.status ?? 1);
  }
}
if (targets.length === 0) removeOrphanedTests(join(root, 'out', 'test'), join(root, 'test'));
const run = spawnSync(process.execPath, ['--test', ...(targets.length ? targets : ['out/test/'])], { cwd: root, env, stdio: 'inherit' });
process.exit(run.status ?? 1);

/**
 * The scratch area sits inside this repository but is not part of it: a test's folders there must
 * not inherit the project's .gitignore (which ignores .cache/) or its .internet-first.yaml, exactly
 * as a folder under /tmp would not. A repository of its own ends both searches at .cache/tmp/.
 */
function markAsOwnRepository(folder) {
  if (existsSync(join(folder, '.git'))) return;
  const init = spawnSync('git', ['init', '--quiet', folder], { stdio: 'ignore' });
  // Without git, an empty .git folder is what the linter's own repository-root check looks for.
  if (init.status !== 0) mkdirSync(join(folder, '.git'), { recursive: true });
}

/**
 * Compiled tests whose source was renamed or deleted: tsc -b never removes its old output, so
 * `node --test out/test/` would still run them (and fail on whatever they import that moved).
 */
function removeOrphanedTests(compiled, sources) {
  if (!existsSync(compiled)) return;
  for (const name of readdirSync(compiled, { withFileTypes: true })) {
    const output = join(compiled, name.name);
    if (name.isDirectory()) {
      if (existsSync(join(sources, name.name))) removeOrphanedTests(output, join(sources, name.name));
      else rmSync(output, { recursive: true, force: true });
      continue;
    }
    const stem = name.name.replace(/(\.d\.ts|\.js\.map|\.js)$/, '');
    if (stem !== name.name && !existsSync(join(sources, `${stem}.ts`))) rmSync(output, { force: true });
  }
}

/**
 * What earlier runs left: a failing test keeps its scratch folder for a look (until the next run),
 * and VS Code leaves its sockets. The ripgrep tarball the set-up placed stays (it is a cache).
 */
function removeStaleScratch(folder) {
  for (const name of readdirSync(folder)) {
    if (!name.startsWith('vscode-ripgrep-cache-') && name !== '.git') rmSync(join(folder, name), { recursive: true, force: true });
  }
}
