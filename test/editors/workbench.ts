/**
 * What a user does in the VS Code workbench, as keyboard and mouse steps on
 * the page, and what a user sees, as locators. Selectors are VS Code's own
 * class names (1.100); the waits are playwright's, which re-check the page
 * until the condition holds or the timeout passes.
 */
import type { Locator, Page } from 'playwright-core';

/** The workbench's first load (extensions scanned, the server connected) takes seconds on a cold machine. */
export const UI_TIMEOUT_MS = 60_000;

/** A quiet first start for UI tests: no walkthrough tab or tips in the way of the steps and screenshots. */
export const QUIET_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  // The test workspace sits under .cache/tmp, a repository of its own: no offer to open it.
  'git.openRepositoryInParentFolders': 'never',
};

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ timeout: UI_TIMEOUT_MS });
  // The explorer lists the folder once the remote file system answers.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: UI_TIMEOUT_MS });
}

/** Quick Open (Ctrl+P), as a user opens a file by name. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const name = relativePath.split('/').pop()!;
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: UI_TIMEOUT_MS });
  await input.fill(relativePath);
  // The file search (ripgrep) answers asynchronously: wait for the row, then open it.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: UI_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: UI_TIMEOUT_MS });
}

/** Go to Line (Ctrl+G) with `line:column`, 1-based as the status bar shows. */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  // Back to the editor first (Ctrl+1): from another part, such as the Problems panel, Ctrl+G opens no line prompt.
  await page.keyboard.press('Control+1');
  await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: UI_TIMEOUT_MS });
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: UI_TIMEOUT_MS });
  // The leading colon makes Quick Open go to a line whichever mode it opened in.
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: UI_TIMEOUT_MS });
}

export function errorSquiggles(page: Page): Locator {
  return page.locator('.monaco-editor .squiggly-error');
}

/** Opens the Problems panel (Ctrl+Shift+M) and returns its rows. */
export async function showProblems(page: Page): Promise<Locator> {
  await page.keyboard.press('Control+Shift+M');
  const panel = page.locator('.markers-panel');
  await panel.waitFor({ timeout: UI_TIMEOUT_MS });
  return panel.locator('.monaco-list-row');
}

/** The quick-fix menu that Ctrl+. opens at the cursor. */
/** The hover at the cursor (Ctrl+K Ctrl+I, "Show or Focus Hover"), as the mouse would show it. */
export async function showHoverAtCursor(page: Page): Promise<Locator> {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  await hover.waitFor({ timeout: UI_TIMEOUT_MS });
  return hover;
}

export async function openQuickFixMenu(page: Page): Promise<Locator> {
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await menu.waitFor({ timeout: UI_TIMEOUT_MS });
  return menu;
}

export async function save(page: Page): Promise<void> {
  await page.keyboard.press('Control+S');
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
}
