/**
 * The reviewed snapshot (test/realworld/snapshot.tsv): reading, writing, and
 * comparing it with what the engine reports today. Verdicts are keyed by
 * (corpus, file, line, rule) so a severity change is recognised as the same
 * finding whose verdict can be carried over, not as a new finding plus a lost one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { FoundRow } from './corpus';

export const VERDICTS = ['tp', 'fp', 'deb', 'miss'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface SnapshotRow {
  corpus: string;
  file: string;
  line: number;
  rule: string;
  /** `-` for a miss (nothing is reported, so there is no severity). */
  severity: string;
  /** `?` only in a worksheet waiting for a human; never accepted in the snapshot. */
  verdict: Verdict | '?';
  reason: string;
}

export const HEADER = ['corpus', 'file', 'line', 'rule', 'severity', 'verdict', 'reason'];

export function keyOf(row: { corpus: string; file: string; line: number; rule: string }): string {
  return `${row.corpus}\t${row.file}\t${row.line}\t${row.rule}`;
}

export function parseSnapshot(text: string, source: string): SnapshotRow[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('#'));
  if (lines.length === 0 || lines[0] !== HEADER.join('\t')) throw new Error(`${source}: the first line must be the header ${HEADER.join(' ')}`);
  return lines.slice(1).map((line, i) => {
    const cells = line.split('\t');
    const where = `${source} row ${i + 2}`;
    if (cells.length !== HEADER.length) throw new Error(`${where}: ${cells.length} columns, expected ${HEADER.length}`);
    const [corpus, file, lineText, rule, severity, verdict, reason] = cells;
    if (!/^[1-9]\d*$/.test(lineText)) throw new Error(`${where}: line "${lineText}" is not a line number`);
    if (verdict !== '?' && !(VERDICTS as readonly string[]).includes(verdict))
      throw new Error(`${where}: verdict "${verdict}" is not one of ${VERDICTS.join(', ')}`);
    return { corpus, file, line: Number(lineText), rule, severity, verdict: verdict as Verdict | '?', reason };
  });
}

export function readSnapshot(path: string): SnapshotRow[] {
  return parseSnapshot(readFileSync(path, 'utf8'), path);
}

export function compareRows(a: SnapshotRow, b: SnapshotRow): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    text(a.corpus, b.corpus) || text(a.file, b.file) || a.line - b.line || text(a.rule, b.rule) || text(a.severity, b.severity) || text(a.verdict, b.verdict)
  );
}

export function formatSnapshot(rows: readonly SnapshotRow[]): string {
  const clean = (cell: string) => cell.replace(/[\t\r\n]+/g, ' ');
  const body = [...rows]
    .sort(compareRows)
    .map((row) => [row.corpus, row.file, String(row.line), row.rule, row.severity, row.verdict, clean(row.reason)].join('\t'));
  return [HEADER.join('\t'), ...body].join('\n') + '\n';
}

export function writeSnapshot(path: string, rows: readonly SnapshotRow[]): void {
  writeFileSync(path, formatSnapshot(rows));
}

export interface Comparison {
  /** Reported and in the snapshot with the same severity: reviewed. */
  matched: { found: FoundRow; row: SnapshotRow }[];
  /** Reported, no row for its (file, line, rule): needs a human verdict. */
  unreviewed: FoundRow[];
  /** Reported with another severity than the snapshot row of its (file, line, rule): the verdict can be carried over. */
  severityChanged: { found: FoundRow; row: SnapshotRow }[];
  /** A miss row whose (file, line, rule) is now reported: it must become tp. */
  missNowFound: { found: FoundRow; row: SnapshotRow }[];
  /** Snapshot rows (not miss) no longer reported: a lost tp is a regression, a lost fp/deb is stale. */
  lost: SnapshotRow[];
  /** Rows marked fp and still reported at warning or error. */
  loudFp: { found: FoundRow; row: SnapshotRow }[];
  /** Rows with verdict `?`: the snapshot must have none. */
  undecided: SnapshotRow[];
}

/**
 * Matches findings to rows per (corpus, file, line, rule), as multisets (two
 * URLs on one line give two findings): same severity first, then leftovers pair
 * up as severity changes; what is left on either side is new or lost.
 */
export function compare(found: readonly FoundRow[], snapshot: readonly SnapshotRow[]): Comparison {
  const result: Comparison = { matched: [], unreviewed: [], severityChanged: [], missNowFound: [], lost: [], loudFp: [], undecided: [] };
  const rowsByKey = new Map<string, SnapshotRow[]>();
  const missByKey = new Map<string, SnapshotRow>();
  for (const row of snapshot) {
    if (row.verdict === '?') result.undecided.push(row);
    if (row.verdict === 'miss') {
      missByKey.set(keyOf(row), row);
      continue;
    }
    const list = rowsByKey.get(keyOf(row)) ?? [];
    list.push(row);
    rowsByKey.set(keyOf(row), list);
  }
  const leftovers: FoundRow[] = [];
  for (const finding of found) {
    const rows = rowsByKey.get(keyOf(finding)) ?? [];
    const index = rows.findIndex((row) => row.severity === finding.severity);
    if (index >= 0) {
      const [row] = rows.splice(index, 1);
      result.matched.push({ found: finding, row });
      if (row.verdict === 'fp' && finding.severity !== 'info') result.loudFp.push({ found: finding, row });
    } else {
      leftovers.push(finding);
    }
  }
  for (const finding of leftovers) {
    const rows = rowsByKey.get(keyOf(finding)) ?? [];
    const miss = missByKey.get(keyOf(finding));
    if (rows.length > 0) result.severityChanged.push({ found: finding, row: rows.shift()! });
    else if (miss) result.missNowFound.push({ found: finding, row: miss });
    else result.unreviewed.push(finding);
  }
  for (const rows of rowsByKey.values()) result.lost.push(...rows);
  return result;
}

/** Anything that makes the snapshot differ from today's findings; empty means exact. */
export function mismatchCount(comparison: Comparison): number {
  return (
    comparison.unreviewed.length + comparison.severityChanged.length + comparison.missNowFound.length + comparison.lost.length + comparison.undecided.length
  );
}
