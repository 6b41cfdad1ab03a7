/**
 * What a user sees and does in VS Code (code-server 4.100.3 in Debian's
 * Chromium): open a non-compliant service manifest, see the squiggle and the
 * Problems entry, the hover on the plain-HTTP URL, press Ctrl+. there, apply the first fix,
 * save, and find the fix in the file on disk. Screenshots of each step go to
 * test-results/ui/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot } from './browser';
import { CLIENT_BUNDLE, ROOT, SERVER_BUNDLE, requireBuild, skipReason } from './environment';
import { withEditorSession } from './session';
import {
  QUIET_USER_SETTINGS,
  UI_TIMEOUT_MS,
  errorSquiggles,
  goTo,
  openFile,
  openQuickFixMenu,
  save,
  showHoverAtCursor,
  showProblems,
  waitForWorkbench,
} from './workbench';

const MANIFEST = 'manifest/results.service.yaml';
const INSECURE = 'http://results.pathology.nhs.uk/results';
const SECURE = 'https://results.pathology.nhs.uk/results';
/** Where the plain-HTTP URL starts (see test/e2e/suite/expected-findings.ts). */
const URL_LINE = 15;
const URL_COLUMN = 12;

describe('VS Code UI (code-server in Chromium)', () => {
  test('squiggle, Problems entry, Ctrl+. quick fix, save: the file on disk is fixed', { timeout: 240_000 }, async (t) => {
    const reason = skipReason(['code-server', 'chromium']);
    if (reason !== undefined) return t.skip(reason);
    requireBuild(CLIENT_BUNDLE, SERVER_BUNDLE);

    await withEditorSession('ui', { userSettings: QUIET_USER_SETTINGS }, async ({ server, page, workspace, results }) => {
      const file = join(workspace, MANIFEST);
      assert.ok(readFileSync(file, 'utf8').includes(INSECURE), `the fixture lost ${INSECURE}`);

      await page.goto(server.workbenchUrl(workspace, [['extensionDevelopmentPath', server.remoteUri(ROOT)]]));
      await waitForWorkbench(page);
      await openFile(page, MANIFEST);

      // The squiggles: one per error-level finding in the manifest (four, see expected-findings.ts).
      await errorSquiggles(page).first().waitFor({ timeout: UI_TIMEOUT_MS });
      const problems = await showProblems(page);
      const insecureProblem = problems.filter({ hasText: 'insecure-url' }).filter({ hasText: `Ln ${URL_LINE}, Col ${URL_COLUMN}` });
      await insecureProblem.waitFor({ timeout: UI_TIMEOUT_MS });
      assert.match((await insecureProblem.textContent()) ?? '', /internet-first/, 'the Problems entry names its source');
      await screenshot(page, results, '1-squiggles-and-problems');

      await goTo(page, URL_LINE, URL_COLUMN);
      // The hover: the short message once (VS Code's own line), then the rule, why it matters and its page, short enough that the Quick Fix link stays in view.
      const hover = await showHoverAtCursor(page);
      await hover.filter({ hasText: 'insecure-url' }).waitFor({ timeout: UI_TIMEOUT_MS });
      await screenshot(page, results, '1b-hover');
      await page.keyboard.press('Escape');
      const menu = await openQuickFixMenu(page);
      // The preferred fix comes first and is selected: Enter applies it.
      const selected = menu.locator('.monaco-list-row.focused');
      await selected.waitFor({ timeout: UI_TIMEOUT_MS });
      assert.match((await selected.textContent()) ?? '', /Use https:\/\//);
      await screenshot(page, results, '2-quick-fix-menu');
      await page.keyboard.press('Enter');

      await insecureProblem.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
      await save(page);
      await screenshot(page, results, '3-fixed-and-saved');

      const saved = readFileSync(file, 'utf8');
      assert.ok(saved.includes(SECURE), `the saved file lacks ${SECURE}`);
      assert.ok(!saved.includes(INSECURE), `the saved file still has ${INSECURE}`);
      // The other findings stay: the fix changed the one URL, nothing else.
      assert.equal((await errorSquiggles(page).count()) > 0, true, 'the other findings should still show');
    });
  });
});
