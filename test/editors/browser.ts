/**
 * Debian's Chromium driven by playwright-core (which downloads no browser of
 * its own): headless, with the background services off, because this machine
 * reaches no network but loopback and Chromium would keep trying.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from './environment';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Big enough that the editor, the Problems panel and the quick-fix menu fit in one screenshot. */
export const VIEWPORT = { width: 1400, height: 900 };

export function launchChromium(): Promise<Browser> {
  // playwright-core starts it with a fresh, temporary profile folder.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

/**
 * A page that records the browser console, for the test's log. In code-server
 * the extension host's console (and so mocha's report) arrives here too.
 */
export async function newPage(browser: Browser, consoleLines: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.on('console', (message) => {
    // Reserve the line now: the arguments arrive asynchronously, the order must not change.
    const index = consoleLines.push(`[${message.type()}] ${message.text()}`) - 1;
    void Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => undefined))).then((values) => {
      if (values.length > 0 && typeof values[0] === 'string') consoleLines[index] = `[${message.type()}] ${formatConsole(values)}`;
    });
  });
  page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.message}`));
  return page;
}

/**
 * printf-style console arguments as a browser console shows them: `%c` styles
 * dropped, `%s`/`%d` filled in. VS Code forwards the extension host's console
 * as a format of its own followed by mocha's, so each string argument may be a
 * format for the ones after it.
 */
function formatConsole(values: unknown[]): string {
  const queue = [...values];
  const parts: string[] = [];
  while (queue.length > 0) {
    const head = queue.shift();
    if (typeof head !== 'string') {
      parts.push(JSON.stringify(head));
      continue;
    }
    parts.push(
      head.replace(/%([sdifoOc%])/g, (match, kind: string) => {
        if (kind === '%') return '%';
        if (queue.length === 0) return match;
        const value = queue.shift();
        return kind === 'c' ? '' : typeof value === 'string' ? value : JSON.stringify(value);
      }),
    );
  }
  return parts.join(' ');
}

/** Saves a PNG under the results folder; never lets a failed screenshot hide the test's own error. */
export async function screenshot(page: Page | undefined, resultsFolder: string, name: string): Promise<string | undefined> {
  if (page === undefined || page.isClosed()) return undefined;
  const path = join(resultsFolder, `${name}.png`);
  try {
    await page.screenshot({ path });
    return path;
  } catch {
    return undefined;
  }
}
