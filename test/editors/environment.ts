/**
 * Where the real editors are, and whether the editor tests can run here.
 * `npm test` installs them first (scripts/test.mjs runs scripts/setup-editors.sh);
 * these tests never install anything.
 *
 * Policy: a machine that can run the setup (root or password-less sudo, and
 * apt-get) must have run it, so a missing editor fails the test with the
 * reason. On a machine that cannot, the tests skip and say why.
 * `IFL_SKIP_EDITOR_TESTS=1` skips them on purpose (say, for a quick run while
 * working on a rule).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_ENTRY = join(ROOT, '.cache/code-server/node_modules/code-server/out/node/entry.js');
export const CODE_SERVER_STAMP = join(ROOT, `.cache/code-server/installed-${CODE_SERVER_VERSION}`);
export const CHROMIUM = '/usr/bin/chromium';
export const NVIM = '/usr/bin/nvim';
export const FIXTURE_WORKSPACE = join(ROOT, 'test/e2e/fixtures/workspace');
/** Two folders with their own config files, opened through this workspace file (relative to the fixture's folder). */
export const FIXTURE_MULTI_ROOT = join(ROOT, 'test/e2e/fixtures/multi-root');
export const MULTI_ROOT_WORKSPACE_FILE = 'booking.code-workspace';
export const E2E_RUNNER = join(ROOT, 'out/e2e/index.js');
export const SERVER_BUNDLE = join(ROOT, 'dist/server/server.js');
export const CLIENT_BUNDLE = join(ROOT, 'dist/client/extension.js');

export type Tool = 'code-server' | 'chromium' | 'nvim';

const TOOL_PRESENT: Record<Tool, () => boolean> = {
  'code-server': () => existsSync(CODE_SERVER_STAMP) && existsSync(CODE_SERVER_ENTRY),
  chromium: () => existsSync(CHROMIUM),
  nvim: () => existsSync(NVIM),
};

function setupCanRun(): boolean {
  if (!existsSync('/usr/bin/apt-get')) return false;
  if (process.getuid?.() === 0) return true;
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

/**
 * `undefined` when the tools are there; otherwise the reason to skip. Throws
 * when the tools are missing on a machine that could have installed them.
 */
export function skipReason(needs: readonly Tool[]): string | undefined {
  if (process.env.IFL_SKIP_EDITOR_TESTS) return 'IFL_SKIP_EDITOR_TESTS is set';
  const missing = needs.filter((tool) => !TOOL_PRESENT[tool]());
  if (missing.length === 0) return undefined;
  const what = `${missing.join(', ')} not installed`;
  if (process.env.IFL_EDITOR_SETUP_FAILED) throw new Error(`${what}: ${process.env.IFL_EDITOR_SETUP_FAILED}`);
  if (setupCanRun()) {
    throw new Error(`${what}: run the tests with \`npm test\`, which installs them (this machine can; set IFL_SKIP_EDITOR_TESTS=1 to skip on purpose).`);
  }
  return `${what}, and scripts/setup-editors.sh cannot install them here (it needs apt-get, and root or password-less sudo): see docs/testing.md`;
}

/** Fails at once, with the fix, when the build the editors load is missing. */
export function requireBuild(...files: string[]): void {
  for (const file of files) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` and \`npx tsc -b\` first (npm test does both).`);
  }
}

/**
 * A scratch folder for one test, under the temporary folder (which `npm test`
 * points at the repository's `.cache/tmp/`). Its name must not make the
 * fixtures look like development files (a `test/`, `e2e/`, `fixtures/`,
 * `dev/` or `local/` folder in the path lowers severities).
 */
export function scratchFolder(name: string): string {
  return mkdtempSync(join(tmpdir(), `ifl-editors-${name}-`));
}

/** A fresh copy of the fixture workspace: the tests edit files and settings in it. */
export function copyFixtureWorkspace(scratch: string): string {
  const workspace = join(scratch, 'workspace');
  cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
  return workspace;
}

/** A fresh copy of the multi-root fixture; returns its `.code-workspace` file. */
export function copyMultiRootFixture(scratch: string): string {
  const folder = join(scratch, 'multi-root');
  cpSync(FIXTURE_MULTI_ROOT, folder, { recursive: true });
  return join(folder, MULTI_ROOT_WORKSPACE_FILE);
}

/** test-results/<name>/, emptied: the logs and screenshots of the latest run only. */
export function resultsFolder(name: string): string {
  const folder = join(ROOT, 'test-results', name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return folder;
}
