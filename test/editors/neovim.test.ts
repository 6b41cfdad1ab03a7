/**
 * A second, independent LSP client: Debian's Neovim (0.7.2), headless, runs
 * test/editors/neovim/lsp-quick-fix.lua, which starts the bundled language
 * server (the `internet-first-language-server` bin) over stdio the way
 * docs/editors.md tells users to, and reports what Neovim saw. This file
 * checks that report.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { NVIM, ROOT, SERVER_BUNDLE, requireBuild, resultsFolder, scratchFolder, skipReason, copyFixtureWorkspace } from './environment';

const SCRIPT = join(ROOT, 'test/editors/neovim/lsp-quick-fix.lua');
const FILE = 'service/config.yaml';
const WAIT_MS = 20_000;

interface NeovimDiagnostic {
  code?: string;
  source?: string;
  severity: number;
  lnum: number;
  col: number;
  end_col: number;
}

interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: unknown;
}

interface NeovimReport {
  ok: boolean;
  error?: string;
  steps: string[];
  filetype: string;
  diagnostics_before?: NeovimDiagnostic[];
  request_diagnostics?: { code?: string }[];
  actions?: CodeAction[];
  actions_without_data?: CodeAction[];
  line_after_fix?: string;
  diagnostics_after?: NeovimDiagnostic[];
}

/** vim.diagnostic.severity */
const ERROR = 1;
const WARN = 2;

describe('Neovim 0.7 (Debian) as the LSP client', () => {
  test('diagnostics with pushed settings, then the quick fix from a code-action request, applied and saved', { timeout: 90_000 }, (t) => {
    const reason = skipReason(['nvim']);
    if (reason !== undefined) return t.skip(reason);
    requireBuild(SERVER_BUNDLE);

    const results = resultsFolder('neovim');
    const scratch = scratchFolder('neovim');
    const file = join(copyFixtureWorkspace(scratch), FILE);
    const reportPath = join(scratch, 'report.json');
    let passed = false;
    try {
      const run = spawnSync(NVIM, ['--headless', '--clean', '-c', `luafile ${SCRIPT}`], {
        cwd: scratch,
        encoding: 'utf8',
        timeout: 3 * WAIT_MS + 10_000,
        env: {
          ...process.env,
          IFL_NODE: process.execPath,
          IFL_SERVER: SERVER_BUNDLE,
          IFL_FILE: file,
          IFL_RESULT: reportPath,
          IFL_WAIT_MS: String(WAIT_MS),
          // Neovim's own state and logs (lsp.log) stay in the scratch folder.
          XDG_STATE_HOME: join(scratch, 'xdg/state'),
          XDG_CACHE_HOME: join(scratch, 'xdg/cache'),
          XDG_DATA_HOME: join(scratch, 'xdg/data'),
        },
      });
      writeFileSync(join(results, 'nvim-output.log'), `${run.stdout ?? ''}${run.stderr ?? ''}`);
      assert.equal(run.error, undefined, `nvim did not finish: ${run.error?.message}`);
      assert.ok(existsSync(reportPath), `nvim wrote no report (exit ${run.status}):\n${run.stdout}${run.stderr}`);
      cpSync(reportPath, join(results, 'report.json'));
      const report = JSON.parse(readFileSync(reportPath, 'utf8')) as NeovimReport;
      assert.equal(report.ok, true, `the Lua script failed after [${report.steps.join(', ')}]: ${report.error}`);
      assert.equal(report.filetype, 'yaml');

      const before = report.diagnostics_before ?? [];
      const insecure = before.find((d) => d.code === 'insecure-url' && d.lnum === 3);
      assert.ok(insecure, `no insecure-url on line 4: ${JSON.stringify(before)}`);
      assert.deepEqual(
        [insecure.col, insecure.end_col, insecure.severity, insecure.source],
        [7, 7 + 'http://api.booking.nhs.uk'.length, ERROR, 'internet-first'],
      );
      const privateAddress = before.find((d) => d.code === 'private-address');
      assert.ok(privateAddress, `no private-address: ${JSON.stringify(before)}`);
      assert.equal(privateAddress.severity, WARN, 'the pushed setting (private-address: warning) did not apply');

      assert.ok(
        (report.request_diagnostics ?? []).some((d) => d.code === 'insecure-url'),
        'the code-action request names the diagnostic',
      );
      const preferred = (report.actions ?? []).find((action) => action.title === 'Use https://');
      assert.equal(preferred?.kind, 'quickfix');
      assert.notEqual(preferred?.isPreferred, true, 'http → https is unsafe: offered, never preferred');
      // A client that drops Diagnostic.data gets the same fix: the server finds it by rule id and range.
      const preferredWithoutData = (report.actions_without_data ?? []).find((action) => action.title === 'Use https://');
      assert.deepEqual(preferredWithoutData?.edit, preferred?.edit);

      assert.equal(report.line_after_fix, '  api: https://api.booking.nhs.uk/v1');
      assert.match(readFileSync(file, 'utf8'), /^ {2}api: https:\/\/api\.booking\.nhs\.uk\/v1$/m, 'the saved file lacks the fix');
      const after = report.diagnostics_after ?? [];
      assert.ok(!after.some((d) => d.code === 'insecure-url' && d.lnum === 3), `insecure-url still on line 4: ${JSON.stringify(after)}`);
      assert.ok(
        after.some((d) => d.code === 'private-address'),
        'the other findings stay',
      );
      t.diagnostic(`steps: ${report.steps.join(' → ')}`);
      passed = true;
    } finally {
      if (passed) rmSync(scratch, { recursive: true, force: true });
      else t.diagnostic(`files kept in ${scratch}; Neovim's output in ${results}`);
    }
  });
});
