/**
 * The .vsix as a user gets it: built by `npm run package`, installed with
 * `code-server --install-extension`, and used in an editor that has no
 * development copy of the extension. It must activate and lint, which fails
 * if the package misses a file the extension needs at run time.
 *
 * `npm run package` runs in a staging folder (the manifest, readme, licence,
 * .vscodeignore, schemas and the icon copied; sources, scripts and node_modules linked)
 * so that its production build never rewrites the dist/ that other test files
 * may be running at the same time.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot } from './browser';
import { installExtension } from './code-server';
import { ROOT, skipReason } from './environment';
import { withEditorSession } from './session';
import { QUIET_USER_SETTINGS, UI_TIMEOUT_MS, errorSquiggles, openFile, showProblems, waitForWorkbench } from './workbench';

const EXTENSION_ID = 'internet-first.internet-first-lint';
const LINKED = ['client', 'server', 'scripts', 'node_modules'];
const COPIED = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'tsconfig.base.json'];
const YAML_FILE = 'service/config.yaml';

/** Runs the project's own `npm run package` in a staging folder; returns the .vsix path. */
function packageInStaging(scratch: string): string {
  const stage = join(scratch, 'package');
  mkdirSync(stage);
  for (const name of LINKED) symlinkSync(join(ROOT, name), join(stage, name));
  for (const name of COPIED) if (existsSync(join(ROOT, name))) copyFileSync(join(ROOT, name), join(stage, name));
  for (const folder of ['schemas', 'images']) cpSync(join(ROOT, folder), join(stage, folder), { recursive: true });
  const result = spawnSync('npm', ['run', 'package'], { cwd: stage, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(result.status, 0, `npm run package failed:\n${result.stdout}\n${result.stderr}`);
  const vsix = join(stage, 'dist/internet-first-lint.vsix');
  assert.ok(existsSync(vsix), `npm run package wrote no ${vsix}`);
  return vsix;
}

describe('the packaged extension (.vsix) installed in code-server', () => {
  test('npm run package, code-server --install-extension, then it activates and lints', { timeout: 300_000 }, async (t) => {
    const reason = skipReason(['code-server', 'chromium']);
    if (reason !== undefined) return t.skip(reason);

    const prepare = (scratch: string): string => {
      const started = Date.now();
      const vsix = packageInStaging(scratch);
      t.diagnostic(`npm run package took ${Date.now() - started} ms`);
      const extensionsDir = join(scratch, 'installed-extensions');
      const output = installExtension(vsix, extensionsDir, scratch);
      assert.match(output, /was successfully installed/);
      const installed = readdirSync(extensionsDir).filter((name) => name.startsWith(`${EXTENSION_ID}-`));
      assert.equal(installed.length, 1, `expected one installed copy in ${extensionsDir}: ${readdirSync(extensionsDir).join(', ')}`);
      for (const file of ['package.json', 'dist/client/extension.js', 'dist/server/server.js', 'dist/server/server.main.js']) {
        assert.ok(existsSync(join(extensionsDir, installed[0], file)), `the installed extension lacks ${file}`);
      }
      return extensionsDir;
    };

    await withEditorSession('installed-vsix', { prepare, userSettings: QUIET_USER_SETTINGS }, async ({ server, page, workspace, results }) => {
      // No extensionDevelopmentPath: the only copy of the extension is the installed one.
      await page.goto(server.workbenchUrl(workspace));
      await waitForWorkbench(page);
      await openFile(page, YAML_FILE);
      await errorSquiggles(page).first().waitFor({ timeout: UI_TIMEOUT_MS });
      const problems = await showProblems(page);
      await problems.filter({ hasText: 'insecure-url' }).filter({ hasText: 'Ln 4, Col 8' }).waitFor({ timeout: UI_TIMEOUT_MS });
      await problems.filter({ hasText: 'private-address' }).filter({ hasText: 'Ln 5, Col 18' }).waitFor({ timeout: UI_TIMEOUT_MS });
      await screenshot(page, results, 'installed-extension-lints');
    });
  });
});
