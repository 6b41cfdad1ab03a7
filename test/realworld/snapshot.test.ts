/**
 * The snapshot comparison itself, on small hand-made inputs: each way the
 * findings can drift from the reviewed snapshot is recognised as what it is,
 * so the real-world test's failure message names the right review step.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FoundRow } from './corpus';
import { compare, formatSnapshot, mismatchCount, parseSnapshot, type SnapshotRow } from './snapshot';
import { measure, precision } from './precision';
import { repoRelativePath } from './corpus';

const found = (line: number, rule: string, severity: string): FoundRow => ({ corpus: 'realworld', file: 'f.yml', line, rule, severity, message: 'm' });
const row = (line: number, rule: string, severity: string, verdict: SnapshotRow['verdict'], reason = 'r'): SnapshotRow => ({
  corpus: 'realworld',
  file: 'f.yml',
  line,
  rule,
  severity,
  verdict,
  reason,
});

test('an exact snapshot has no mismatch', () => {
  const result = compare([found(1, 'a', 'error'), found(1, 'a', 'error')], [row(1, 'a', 'error', 'tp'), row(1, 'a', 'error', 'fp')]);
  assert.equal(mismatchCount(result), 0);
  assert.equal(result.matched.length, 2, 'two findings on one line are matched as a multiset');
  assert.equal(result.loudFp.length, 1);
});

test('each kind of drift is classified', () => {
  const result = compare(
    [found(1, 'a', 'warning'), found(2, 'b', 'error'), found(3, 'c', 'info'), found(9, 'new', 'error')],
    [
      row(1, 'a', 'error', 'tp'),
      row(2, 'b', '-', 'miss'),
      row(3, 'c', 'info', 'fp'),
      row(4, 'd', 'error', 'tp'),
      row(5, 'e', 'info', 'deb'),
      row(6, 'f', 'info', '?'),
    ],
  );
  assert.deepEqual(
    result.severityChanged.map(({ row: r }) => r.line),
    [1],
  );
  assert.deepEqual(
    result.missNowFound.map(({ row: r }) => r.line),
    [2],
  );
  assert.deepEqual(
    result.unreviewed.map((f) => f.line),
    [9],
  );
  assert.deepEqual(result.lost.map((r) => r.line).sort(), [4, 5, 6]);
  assert.deepEqual(
    result.undecided.map((r) => r.line),
    [6],
  );
  assert.equal(result.loudFp.length, 0, 'an fp at info is allowed');
});

test('precision counts tp and fp of reported findings, at their reported severity', () => {
  const snapshot = [row(1, 'a', 'error', 'tp'), row(2, 'a', 'warning', 'fp'), row(3, 'b', 'error', 'deb'), row(4, 'b', 'error', 'fp')];
  const result = compare([found(1, 'a', 'error'), found(2, 'a', 'warning'), found(3, 'b', 'error'), found(4, 'b', 'error')], snapshot);
  const report = measure(result, snapshot);
  assert.equal(precision(report.overall), 1 / 3);
  assert.equal(precision(report.error), 1 / 2);
  assert.deepEqual(report.byRule.get('b')?.all, { tp: 0, fp: 1, deb: 1 });
});

test('the TSV round-trips and rejects unknown verdicts', () => {
  const rows = [row(2, 'a', 'error', 'tp', 'why'), row(1, 'b', '-', 'miss', 'because')];
  assert.deepEqual(parseSnapshot(formatSnapshot(rows), 't'), [rows[1], rows[0]]);
  assert.throws(() => parseSnapshot(formatSnapshot([row(1, 'a', 'error', 'tp')]).replace('\ttp\t', '\tyes\t'), 't'), /verdict "yes"/);
});

test('repository paths are recovered from both corpus layouts', () => {
  assert.equal(repoRelativePath('realworld', 'owner__repo/src__main__resources__application.yml'), 'src/main/resources/application.yml');
  assert.equal(repoRelativePath('realworld-2', 'files/owner__repo/.github/workflows/ci.yml'), '.github/workflows/ci.yml');
});
