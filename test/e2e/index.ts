/**
 * The extension-test entry point (`extensionTestsPath`): VS Code's extension
 * host loads this module and calls `run()`; its promise decides the exit code.
 * The same runner serves both hosts, @vscode/test-electron (run-electron.ts)
 * and code-server (test/editors/extension-host.test.ts).
 *
 * Besides mocha's spec report (which goes to the host's stdout: the terminal
 * for Electron, the server log for code-server), it writes every test's
 * outcome as JSON to `IFL_E2E_RESULTS` when that is set, so that the
 * orchestrating node:test file can report each mocha test by name.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export interface E2eTestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface E2eResults {
  host: string;
  vscodeVersion: string;
  /** The kind of window the suite ran in, which decides the test files it ran. */
  window: 'folder' | 'multi-root';
  tests: E2eTestResult[];
}

/** Test files named so (suite/multi-root*.test.ts) run in a multi-root window, and only there. */
const MULTI_ROOT_PREFIX = 'multi-root';

/** Generous per test: the first test also waits for the extension to activate and the server to start. */
const TEST_TIMEOUT_MS = 60_000;

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: TEST_TIMEOUT_MS });
  const grep = process.env.IFL_E2E_GREP;
  if (grep) mocha.grep(grep);

  const suiteFolder = join(__dirname, 'suite');
  // A window opened on a .code-workspace runs the multi-root tests, a folder window all the others: each needs its own fixture.
  const multiRootWindow = vscode.workspace.workspaceFile !== undefined;
  const files = readdirSync(suiteFolder).filter((name) => name.endsWith('.test.js') && name.startsWith(MULTI_ROOT_PREFIX) === multiRootWindow);
  // Sorted so that activation.test.js runs first: it checks that nothing activated the extension before a file opened.
  for (const file of files.sort()) mocha.addFile(join(suiteFolder, file));

  const results: E2eTestResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      writeResults(multiRootWindow ? 'multi-root' : 'folder', results);
      if (failures > 0) reject(new Error(`${failures} of ${results.length} extension tests failed.`));
      // With IFL_E2E_GREP, one kind of window may have no matching test; without it, every window must run some.
      else if (!grep && results.every((result) => result.state !== 'passed')) reject(new Error('No extension test ran.'));
      else resolve();
    });
    runner.on('pass', (test) => results.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
    runner.on('pending', (test) => results.push({ title: test.fullTitle(), state: 'pending' }));
    runner.on('fail', (test, error: Error) =>
      results.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: error.stack ?? String(error) }),
    );
  });
}

function writeResults(window: E2eResults['window'], tests: E2eTestResult[]): void {
  const output = process.env.IFL_E2E_RESULTS;
  if (!output) return;
  const results: E2eResults = { host: vscode.env.appHost, vscodeVersion: vscode.version, window, tests };
  writeFileSync(output, JSON.stringify(results, null, 2));
}
