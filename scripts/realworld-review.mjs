#!/usr/bin/env node
/**
 * Review helper for the real-world precision snapshot (docs/testing.md).
 *
 *   node scripts/realworld-review.mjs [--context N]   print what needs a verdict, write the worksheet
 *   node scripts/realworld-review.mjs --apply         merge the filled-in worksheet into the snapshot
 *
 * It never decides a verdict: new findings get `?`, and --apply refuses a
 * worksheet that still has one or that no longer matches today's findings.
 * Only mechanical carry-overs are made (same file, line and rule, severity
 * changed; a miss now found becomes tp), and each is listed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SNAPSHOT = join(root, 'test', 'realworld', 'snapshot.tsv');
const WORKSHEET = join(root, 'test', 'realworld', 'worksheet.tsv');
const args = process.argv.slice(2);
const apply = args.includes('--apply');
const contextAt = args.indexOf('--context');
const context = contextAt >= 0 ? Number(args[contextAt + 1]) : 3;

// The harness is TypeScript compiled by the test build; compile first so the
// script always sees the engine as it is in the working tree.
const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', join(root, 'test')], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 2);
const require = createRequire(import.meta.url);
const { lintCorpora, corporaPresent } = require(join(root, 'out', 'test', 'realworld', 'corpus.js'));
const { compare, mismatchCount, readSnapshot, writeSnapshot } = require(join(root, 'out', 'test', 'realworld', 'snapshot.js'));

if (!corporaPresent()) {
  console.error('The shared corpora are not here; set IFL_REALWORLD_ROOT to the folder holding realworld/ and realworld-2/.');
  process.exit(2);
}
const { files, found } = lintCorpora();
const byFile = new Map(files.map((file) => [`${file.corpus}\t${file.file}`, file]));
const show = (row) => `${row.corpus}  ${row.file}:${row.line}  ${row.rule}  ${row.severity}`;

if (apply) {
  if (!existsSync(WORKSHEET)) fail(`No worksheet at ${WORKSHEET}; run the script without --apply first.`);
  const rows = readSnapshot(WORKSHEET);
  const undecided = rows.filter((row) => row.verdict === '?');
  if (undecided.length > 0) fail(`The worksheet still has ${undecided.length} rows with verdict ?:\n  ${undecided.map(show).join('\n  ')}`);
  const empty = rows.filter((row) => row.reason.trim() === '' && row.verdict !== 'tp');
  if (empty.length > 0) fail(`fp, deb and miss rows need a reason:\n  ${empty.map(show).join('\n  ')}`);
  const check = compare(found, rows);
  if (mismatchCount(check) > 0)
    fail("The worksheet does not match today's findings (the engine changed since it was written); run the script again without --apply.");
  writeSnapshot(SNAPSHOT, rows);
  console.log(`Wrote ${rows.length} rows to ${SNAPSHOT}. Delete the worksheet and commit the snapshot with the change that caused it.`);
  process.exit(0);
}

const snapshot = readSnapshot(SNAPSHOT);
const comparison = compare(found, snapshot);
if (mismatchCount(comparison) === 0) {
  console.log("The snapshot matches today's findings exactly: nothing to review.");
  process.exit(0);
}

// The worksheet is the whole candidate snapshot, so --apply can check it is exact.
const worksheet = [
  ...comparison.matched.map(({ row }) => row),
  ...snapshot.filter((row) => row.verdict === 'miss' && !comparison.missNowFound.some((m) => m.row === row)),
  ...comparison.severityChanged.map(({ found: f, row }) => ({ ...row, severity: f.severity })),
  ...comparison.missNowFound.map(({ found: f, row }) => ({ ...row, severity: f.severity, verdict: 'tp', reason: `was a miss, now found: ${row.reason}` })),
  ...comparison.unreviewed.map((f) => ({ corpus: f.corpus, file: f.file, line: f.line, rule: f.rule, severity: f.severity, verdict: '?', reason: '' })),
];
writeSnapshot(WORKSHEET, worksheet);

for (const f of comparison.unreviewed) printFinding('NEW — needs a verdict', f);
section(
  'Carried over with the old verdict (severity changed; check they still hold)',
  comparison.severityChanged.map(({ found: f, row }) => `${show(f)}  (was ${row.severity})  ${row.verdict}: ${row.reason}`),
);
section(
  'Misses now found, carried over as tp (check the finding is the one the miss meant)',
  comparison.missNowFound.map(({ found: f }) => show(f)),
);
section(
  'LOST tp rows (regressions, dropped from the worksheet: fix the engine or accept the loss knowingly)',
  comparison.lost.filter((r) => r.verdict === 'tp').map(show),
);
section(
  'Stale fp/deb rows (no longer reported, dropped)',
  comparison.lost.filter((r) => r.verdict !== 'tp').map((r) => `${show(r)}  ${r.verdict}`),
);
const question = worksheet.filter((row) => row.verdict === '?').length;
console.log(`\nWrote ${WORKSHEET}: ${question} rows with verdict ? to fill in (tp / fp / deb, one-line reason).`);
console.log('Then: node scripts/realworld-review.mjs --apply');

function printFinding(title, f) {
  const file = byFile.get(`${f.corpus}\t${f.file}`);
  const lines = readFileSync(file.absolutePath, 'utf8').split(/\r?\n/);
  console.log(`\n=== ${title}: ${show(f)}\n    ${file.repo}  ${file.repoPath}\n    ${f.message}`);
  for (let n = Math.max(1, f.line - context); n <= Math.min(lines.length, f.line + context); n += 1) {
    console.log(`${n === f.line ? '>' : ' '}${String(n).padStart(5)} | ${lines[n - 1]}`);
  }
}

function section(title, lines) {
  if (lines.length > 0) console.log(`\n=== ${title} (${lines.length}):\n  ${lines.join('\n  ')}`);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
