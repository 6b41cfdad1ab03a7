/**
 * Runs the mocha suite (test/e2e/suite/) inside a real VS Code extension host:
 * code-server's, with the extension loaded from this repository as in
 * development. code-server does not take `--extensionTestsPath` on its command
 * line, so both paths go in the workbench URL's `payload`, and the tests run
 * while a browser is connected. The runner's exit code reaches the page
 * through VS Code's `codeAutomationExit` hook; each mocha test's outcome comes
 * back through the JSON file named by IFL_E2E_RESULTS and is reported here as
 * a sub-test. (`npm run test:vscode` runs the same suite in desktop VS Code.)
 *
 * The suite runs twice in one code-server and one page: in a folder window
 * (`?folder=`, the fixture workspace) and then in a multi-root window
 * (`?workspace=<.code-workspace>`). The runner picks the test files that fit
 * the window it finds itself in. The second window reuses the running server
 * and browser, so it costs only a workbench load and an extension start.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CLIENT_BUNDLE, E2E_RUNNER, ROOT, SERVER_BUNDLE, copyMultiRootFixture, requireBuild, skipReason } from './environment';
import { within, withEditorSession } from './session';

/** Each window's suite takes 3–15 s; a cold extension host on a loaded machine, a few more. */
const SUITE_TIMEOUT_MS = 150_000;

/** The JSON that test/e2e/index.ts writes (kept apart: that project compiles with the vscode and mocha types). */
interface E2eResults {
  host: string;
  vscodeVersion: string;
  window: WindowKind;
  tests: { title: string; state: 'passed' | 'failed' | 'pending'; durationMs?: number; error?: string }[];
}
type WindowKind = 'folder' | 'multi-root';

interface SuiteWindow {
  kind: WindowKind;
  /** The folder, or the `.code-workspace` file, the window opens. */
  target: string;
  /** Fewer passing tests than this (without IFL_E2E_GREP) means the runner lost some, e.g. a file that failed to load. */
  minPassed: number;
}

interface WindowOutcome {
  window: SuiteWindow;
  exitCode: number;
  report: E2eResults | undefined;
}

describe('VS Code extension host (code-server 4.100.3 = VS Code 1.100.3)', () => {
  test(
    'the mocha suite passes against the extension under development, in a folder and in a multi-root window',
    { timeout: 2 * SUITE_TIMEOUT_MS + 60_000 },
    async (t) => {
      const reason = skipReason(['code-server', 'chromium']);
      if (reason !== undefined) return t.skip(reason);
      requireBuild(CLIENT_BUNDLE, SERVER_BUNDLE, E2E_RUNNER);

      // The extension host is a child of the server and so sees the server's environment.
      const env = (scratch: string) => ({ IFL_E2E_RESULTS: join(scratch, 'mocha-results.json') });
      await withEditorSession('extension-host', { env }, async ({ server, page, workspace, scratch }) => {
        const resultsFile = env(scratch).IFL_E2E_RESULTS;
        const windows: SuiteWindow[] = [
          { kind: 'folder', target: workspace, minPassed: 20 },
          { kind: 'multi-root', target: copyMultiRootFixture(scratch), minPassed: 2 },
        ];
        const payload: [string, string][] = [
          ['extensionDevelopmentPath', server.remoteUri(ROOT)],
          ['extensionTestsPath', server.remoteUri(E2E_RUNNER)],
        ];
        // One hook for the page's life; each window's run waits for its own call.
        let reportExit: (code: number) => void = () => undefined;
        await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));

        const outcomes: WindowOutcome[] = [];
        for (const window of windows) {
          // A report left by the previous window must not pass for this one's.
          rmSync(resultsFile, { force: true });
          const exited = new Promise<number>((resolve) => (reportExit = resolve));
          await page.goto(server.workbenchUrl(window.target, payload));
          const exitCode = await within(exited, SUITE_TIMEOUT_MS, `the extension tests did not finish in the ${window.kind} window`);
          const report = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as E2eResults) : undefined;
          outcomes.push({ window, exitCode, report });
        }

        for (const { window, exitCode, report } of outcomes) {
          t.diagnostic(`${window.kind} window: extension host exit code ${exitCode}${report ? `, VS Code ${report.vscodeVersion} (${report.host})` : ''}`);
          for (const result of report?.tests ?? []) {
            await t.test(`[${window.kind}] ${result.title}`, (sub) => {
              if (result.state === 'pending') return sub.skip('pending in mocha');
              if (result.state === 'failed') throw new Error(result.error);
              sub.diagnostic(`${result.durationMs ?? 0} ms`);
            });
          }
        }
        for (const { window, exitCode, report } of outcomes) {
          assert.ok(report, `${window.kind} window: the runner wrote no results (exit code ${exitCode}): it failed before mocha ran`);
          assert.equal(report.window, window.kind, `the runner in the ${window.kind} window saw a ${report.window} window`);
          assert.equal(exitCode, 0, `${window.kind} window: the extension host reported failure`);
          const passed = report.tests.filter((result) => result.state === 'passed').length;
          if (!process.env.IFL_E2E_GREP)
            assert.ok(passed >= window.minPassed, `${window.kind} window: only ${passed} extension tests passed, expected at least ${window.minPassed}`);
        }
      });
    },
  );
});
