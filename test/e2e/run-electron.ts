/**
 * `npm run test:vscode`: the mocha suite in desktop VS Code, downloaded by
 * @vscode/test-electron into .cache/vscode-test/. For developer machines and
 * hosted CI that can reach VS Code's download site; the machines this project
 * is built on cannot, and run the same suite in code-server instead
 * (test/editors/extension-host.test.ts, part of `npm test`).
 *
 * It opens two windows one after the other: the fixture workspace as a
 * folder, then the multi-root fixture through its .code-workspace file.
 *
 * IFL_VSCODE_VERSION picks the VS Code version (default: the newest stable;
 * `1.100.3` is the oldest the extension supports). On a Linux machine without
 * a display, run it under `xvfb-run -a`.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import type { E2eResults } from './index';

const ROOT = resolve(__dirname, '../..');

/** The two kinds of window the suite runs in; the runner (index.ts) picks the test files that fit each. */
const WINDOWS = [
  { kind: 'folder', fixture: 'workspace', open: '.' },
  { kind: 'multi-root', fixture: 'multi-root', open: 'booking.code-workspace' },
] as const;

async function main(): Promise<number> {
  // A copy: the tests edit files and workspace settings. Not under a test/ folder, which would make them development files.
  const scratch = mkdtempSync(join(tmpdir(), 'ifl-vscode-'));
  let failed = false;
  try {
    for (const window of WINDOWS) {
      const folder = join(scratch, window.fixture);
      cpSync(join(ROOT, 'test/e2e/fixtures', window.fixture), folder, { recursive: true });
      const resultsFile = join(scratch, `mocha-results-${window.kind}.json`);
      const exitCode = await runWindow(join(folder, window.open), resultsFile, scratch);
      if (!summarise(window.kind, exitCode, resultsFile)) failed = true;
    }
    return failed ? 1 : 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function runWindow(target: string, resultsFile: string, scratch: string): Promise<number> {
  try {
    return await runTests({
      version: process.env.IFL_VSCODE_VERSION ?? 'stable',
      cachePath: join(ROOT, '.cache/vscode-test'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(__dirname, 'index.js'),
      extensionTestsEnv: { IFL_E2E_RESULTS: resultsFile, IFL_E2E_GREP: process.env.IFL_E2E_GREP },
      launchArgs: [
        target,
        '--user-data-dir',
        join(scratch, 'user-data'),
        '--extensions-dir',
        join(scratch, 'extensions'),
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
    });
  } catch (error) {
    // runTests rejects when the tests fail; mocha's report above says which, the summary below how many.
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

/** Prints the window's counts; false when it failed or did not report. */
function summarise(kind: string, exitCode: number, resultsFile: string): boolean {
  if (!existsSync(resultsFile)) {
    console.error(`${kind} window: the extension tests did not report: VS Code did not start, or the runner failed before mocha ran.`);
    return false;
  }
  const report = JSON.parse(readFileSync(resultsFile, 'utf8')) as E2eResults;
  const passed = report.tests.filter((test) => test.state === 'passed').length;
  const failed = report.tests.filter((test) => test.state === 'failed').length;
  console.log(`VS Code ${report.vscodeVersion}, ${kind} window: ${passed} passed, ${failed} failed`);
  return exitCode === 0 && report.window === kind;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
