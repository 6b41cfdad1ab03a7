/**
 * Runs the mocha suite (test/e2e/suite/) inside a real VS Code extension host:
 * code-server's, with the extension loaded from this repository as in
 * development. code-server does not take `--extensionTestsPath` on its command
 * line, so both paths go in the workbench URL's `payload`, and the tests run
 * while a browser is connected. The runner's exit code reaches the page
 * through VS Code's `codeAutomationExit` hook; each mocha test's outcome comes
 * back through the JSON file named by IFL_E2E_RESULTS and is reported here as
 * a sub-test. (`npm run test:vscode` runs the same suite in desktop VS Code.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CLIENT_BUNDLE, E2E_RUNNER, ROOT, SERVER_BUNDLE, requireBuild, skipReason } from './environment';
import { within, withEditorSession } from './session';

/** The suite itself takes 5–15 s; a cold extension host on a loaded machine, a few more. */
const SUITE_TIMEOUT_MS = 150_000;
/** Fewer passing tests than this (without IFL_E2E_GREP) means the runner lost some, e.g. a file that failed to load. */
const MIN_PASSED = 12;

/** The JSON that test/e2e/index.ts writes (kept apart: that project compiles with the vscode and mocha types). */
interface E2eResults {
  host: string;
  vscodeVersion: string;
  tests: { title: string; state: 'passed' | 'failed' | 'pending'; durationMs?: number; error?: string }[];
}

describe('VS Code extension host (code-server 4.100.3 = VS Code 1.100.3)', () => {
  test('the mocha suite passes against the extension under development', { timeout: SUITE_TIMEOUT_MS + 60_000 }, async (t) => {
    const reason = skipReason(['code-server', 'chromium']);
    if (reason !== undefined) return t.skip(reason);
    requireBuild(CLIENT_BUNDLE, SERVER_BUNDLE, E2E_RUNNER);

    // The extension host is a child of the server and so sees the server's environment.
    const env = (scratch: string) => ({ IFL_E2E_RESULTS: join(scratch, 'mocha-results.json') });
    await withEditorSession('extension-host', { env }, async ({ server, page, workspace, scratch }) => {
      const resultsFile = env(scratch).IFL_E2E_RESULTS;
      let reportExit!: (code: number) => void;
      const exited = new Promise<number>((resolve) => (reportExit = resolve));
      await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
      await page.goto(
        server.workbenchUrl(workspace, [
          ['extensionDevelopmentPath', server.remoteUri(ROOT)],
          ['extensionTestsPath', server.remoteUri(E2E_RUNNER)],
        ]),
      );
      const exitCode = await within(exited, SUITE_TIMEOUT_MS, 'the extension tests did not finish');
      t.diagnostic(`extension host exit code ${exitCode}`);

      assert.ok(existsSync(resultsFile), `the runner wrote no results (exit code ${exitCode}): it failed before mocha ran`);
      const report = JSON.parse(readFileSync(resultsFile, 'utf8')) as E2eResults;
      t.diagnostic(`VS Code ${report.vscodeVersion} (${report.host})`);
      for (const result of report.tests) {
        await t.test(result.title, (sub) => {
          if (result.state === 'pending') return sub.skip('pending in mocha');
          if (result.state === 'failed') throw new Error(result.error);
          sub.diagnostic(`${result.durationMs ?? 0} ms`);
        });
      }
      assert.equal(exitCode, 0, 'the extension host reported failure');
      const passed = report.tests.filter((result) => result.state === 'passed').length;
      if (!process.env.IFL_E2E_GREP) assert.ok(passed >= MIN_PASSED, `only ${passed} extension tests passed, expected at least ${MIN_PASSED}`);
    });
  });
});
