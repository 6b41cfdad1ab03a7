#!/usr/bin/env node
/**
 * Regenerates the example estate under examples/estate/: one SARIF file per
 * example repository (sarif/), as each repository's CI would upload it, and
 * two earlier reports' JSON (history/) for the trend, built from the same
 * repositories as they were before some findings were fixed.
 *
 *   npm run build && node scripts/estate-example.mjs
 *
 * The repositories' waivers and exemptions are dated for a report on
 * 2026-12-05 (the date the tests pass with --date): one waiver ends within
 * 90 days, one has already expired.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/cli.js');
const estate = join(root, 'examples/estate');
const repos = readdirSync(join(estate, 'repos')).sort();
// A fixed revision keeps the checked-in SARIF stable from one regeneration to the next.
const REVISION = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

/** What each repository held at the earlier reports' dates, and no longer does. */
const HISTORY = [
  {
    date: '2026-10-01',
    files: {
      'patient-portal/config/legacy.yaml': 'feed:\n  url: http://10.40.2.9/feed\n',
      'e-referrals/services/referrals-api/legacy.yaml': 'mesh:\n  url: https://msg.dep.spine2.ncrs.nhs.uk/messageexchange\n',
    },
  },
  {
    date: '2026-11-02',
    files: { 'e-referrals/services/referrals-api/legacy.yaml': 'mesh:\n  url: https://msg.dep.spine2.ncrs.nhs.uk/messageexchange\n' },
  },
];

function lintToSarif(repoFolder, name, outFile) {
  const env = {
    ...process.env,
    GITHUB_REPOSITORY: `nhs-example/${name}`,
    GITHUB_SHA: REVISION,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REF_NAME: 'main',
  };
  delete env.GITHUB_WORKSPACE;
  const run = spawnSync(process.execPath, [cli, '--format', 'sarif', '--output', outFile, '.'], { cwd: repoFolder, env, encoding: 'utf8' });
  // 1 means findings, which these repositories have on purpose.
  if (run.status !== 0 && run.status !== 1) throw new Error(`linting ${name} failed: ${run.stderr}`);
}

rmSync(join(estate, 'sarif'), { recursive: true, force: true });
mkdirSync(join(estate, 'sarif'), { recursive: true });
for (const name of repos) lintToSarif(join(estate, 'repos', name), name, join(estate, 'sarif', `${name}.sarif`));

mkdirSync(join(estate, 'history'), { recursive: true });
for (const state of HISTORY) {
  const scratch = mkdtempSync(join(tmpdir(), 'estate-history-'));
  try {
    cpSync(join(estate, 'repos'), join(scratch, 'repos'), { recursive: true });
    for (const [file, text] of Object.entries(state.files)) writeFileSync(join(scratch, 'repos', file), text);
    mkdirSync(join(scratch, 'sarif'));
    for (const name of repos) lintToSarif(join(scratch, 'repos', name), name, join(scratch, 'sarif', `${name}.sarif`));
    const out = join(estate, 'history', `${state.date}.json`);
    const run = spawnSync(process.execPath, [cli, 'report', '--format', 'json', '--date', state.date, '--output', out, join(scratch, 'sarif')], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`report for ${state.date} failed: ${run.stderr}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
console.log(`examples/estate: ${repos.length} SARIF files, ${HISTORY.length} earlier reports`);
