/**
 * `npm run test:vscode`: the mocha suite in desktop VS Code, downloaded by
 * @vscode/test-electron into .cache/vscode-test/. For developer machines and
 * hosted CI that can reach VS Code's download site; the machines this project
 * is built on cannot, and run the same suite in code-server instead
 * (test/editors/extension-host.test.ts, part of `npm test`).
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

async function main(): Promise<number> {
  // A copy: the tests edit files and workspace settings. Not under a test/ folder, which would make them development files.
  const scratch = mkdtempSync(join(tmpdir(), 'ifl-vscode-'));
  const workspace = join(scratch, 'workspace');
  cpSync(join(ROOT, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });
  const resultsFile = join(scratch, 'mocha-results.json');
  let exitCode = 1;
  try {
    exitCode = await runTests({
      version: process.env.IFL_VSCODE_VERSION ?? 'stable',
      cachePath: join(ROOT, '.cache/vscode-test'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(__dirname, 'index.js'),
      extensionTestsEnv: { IFL_E2E_RESULTS: resultsFile, IFL_E2E_GREP: process.env.IFL_E2E_GREP },
      launchArgs: [
        workspace,
        '--user-data-dir', join(scratch, 'user-data'),
        '--extensions-dir', join(scratch, 'extensions'),
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
    });
  } catch (error) {
    // runTests rejects when the tests fail; mocha's report above says which, the summary below how many.
    console.error(error instanceof Error ? error.message : error);
  }
  try {
    if (!existsSync(resultsFile)) {
      console.error('The extension tests did not report: VS Code did not start, or the runner failed before mocha ran.');
      return exitCode === 0 ? 1 : exitCode;
    }
    const report = JSON.parse(readFileSync(resultsFile, 'utf8')) as E2eResults;
    const passed = report.tests.filter((test) => test.state === 'passed').length;
    const failed = report.tests.filter((test) => test.state === 'failed').length;
    console.log(`VS Code ${report.vscodeVersion}: ${passed} passed, ${failed} failed`);
    return exitCode;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
