/**
 * One editor session for a test: a fresh copy of the fixture workspace,
 * code-server, and a Chromium page. Whatever happens, it leaves under
 * test-results/<name>/ the code-server log, VS Code's logs and the browser
 * console; on failure also a screenshot of the page (failure.png), and it
 * keeps the scratch folder for a look at the files.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, newPage, screenshot } from './browser';
import { startCodeServer, type CodeServer, type CodeServerOptions } from './code-server';
import { copyFixtureWorkspace, resultsFolder, scratchFolder } from './environment';

export interface EditorSession {
  server: CodeServer;
  page: Page;
  /** The copy of test/e2e/fixtures/workspace this session works on. */
  workspace: string;
  scratch: string;
  results: string;
}

export interface SessionOptions {
  /** Environment for code-server and so its extension host; given the scratch folder. */
  env?: (scratch: string) => CodeServerOptions['env'];
  userSettings?: CodeServerOptions['userSettings'];
  /** Prepares the scratch folder before code-server starts, e.g. installs a .vsix; returns the extensions folder to use. */
  prepare?: (scratch: string, results: string) => Promise<string | undefined> | string | undefined;
}

export async function withEditorSession<T>(name: string, options: SessionOptions, body: (session: EditorSession) => Promise<T>): Promise<T> {
  const results = resultsFolder(name);
  const scratch = scratchFolder(name);
  const workspace = copyFixtureWorkspace(scratch);
  const consoleLines: string[] = [];
  let server: CodeServer | undefined;
  let page: Page | undefined;
  let failed = true;
  const browser = await launchChromium();
  try {
    const extensionsDir = (await options.prepare?.(scratch, results)) ?? undefined;
    server = await startCodeServer({ scratch, resultsFolder: results, extensionsDir, env: options.env?.(scratch), userSettings: options.userSettings });
    page = await newPage(browser, consoleLines);
    const value = await body({ server, page, workspace, scratch, results });
    failed = false;
    return value;
  } catch (error) {
    const picture = await screenshot(page, results, 'failure');
    const where = `Logs${picture ? ' and a screenshot' : ''} in ${results}; files in ${scratch}.`;
    const serverTail = server?.output().split('\n').slice(-40).join('\n') ?? '';
    throw new Error(`${(error as Error).message}\n${where}\n--- last lines of the code-server log ---\n${serverTail}`, { cause: error });
  } finally {
    writeFileSync(join(results, 'browser-console.log'), consoleLines.join('\n') + '\n');
    await browser.close();
    await server?.stop();
    if (!failed) rmSync(scratch, { recursive: true, force: true });
  }
}

/** Rejects with `what` if the promise has not settled in time: bounds a hang, waits for nothing else. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} (no answer within ${ms / 1000} s)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
