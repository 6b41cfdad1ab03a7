/**
 * Precision tp/(tp+fp) over the reviewed findings: overall, at error level,
 * per rule and per corpus. `deb` counts in neither (it is neither noise nor a
 * clear problem); misses are recall, not precision, and are only counted.
 */
import type { Comparison, SnapshotRow } from './snapshot';

export interface Tally {
  tp: number;
  fp: number;
  deb: number;
}

export interface PrecisionReport {
  overall: Tally;
  error: Tally;
  byRule: Map<string, { all: Tally; error: Tally }>;
  byCorpus: Map<string, { all: Tally; error: Tally }>;
  /** Per corpus, then per rule. */
  byCorpusRule: Map<string, Map<string, Tally>>;
  misses: number;
}

function empty(): Tally {
  return { tp: 0, fp: 0, deb: 0 };
}

function add(tally: Tally, verdict: SnapshotRow['verdict']): void {
  if (verdict === 'tp' || verdict === 'fp' || verdict === 'deb') tally[verdict] += 1;
}

/** 1 when nothing was judged: no finding is not a false positive. */
export function precision(tally: Tally): number {
  const judged = tally.tp + tally.fp;
  return judged === 0 ? 1 : tally.tp / judged;
}

export function measure(comparison: Comparison, snapshot: readonly SnapshotRow[]): PrecisionReport {
  const report: PrecisionReport = { overall: empty(), error: empty(), byRule: new Map(), byCorpus: new Map(), byCorpusRule: new Map(), misses: 0 };
  // Only findings reported today count, with the severity reported today.
  for (const { found, row } of comparison.matched) {
    const corpus = report.byCorpus.get(found.corpus) ?? { all: empty(), error: empty() };
    report.byCorpus.set(found.corpus, corpus);
    const rule = report.byRule.get(found.rule) ?? { all: empty(), error: empty() };
    report.byRule.set(found.rule, rule);
    const corpusRules = report.byCorpusRule.get(found.corpus) ?? new Map<string, Tally>();
    report.byCorpusRule.set(found.corpus, corpusRules);
    const corpusRule = corpusRules.get(found.rule) ?? empty();
    corpusRules.set(found.rule, corpusRule);
    for (const tally of [report.overall, corpus.all, rule.all, corpusRule]) add(tally, row.verdict);
    if (found.severity === 'error') for (const tally of [report.error, corpus.error, rule.error]) add(tally, row.verdict);
  }
  report.misses = snapshot.filter((row) => row.verdict === 'miss').length;
  return report;
}

function describe(tally: Tally): string {
  const value = tally.tp + tally.fp === 0 ? 'n/a' : precision(tally).toFixed(3);
  return `${value} (tp ${tally.tp}, fp ${tally.fp}, deb ${tally.deb})`;
}

/** Lines for t.diagnostic: the figures the team tracks. */
export function formatReport(report: PrecisionReport): string[] {
  const lines = [`precision overall ${describe(report.overall)}`, `precision at error level ${describe(report.error)}`];
  for (const [name, corpus] of [...report.byCorpus].sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(`  ${name}: overall ${describe(corpus.all)}; error level ${describe(corpus.error)}`);
  }
  const byName = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [rule, tally] of byName(report.byRule)) lines.push(`  rule ${rule}: overall ${describe(tally.all)}; error level ${describe(tally.error)}`);
  for (const [corpus, rules] of byName(report.byCorpusRule)) {
    for (const [rule, tally] of byName(rules)) lines.push(`  ${corpus} rule ${rule}: ${describe(tally)}`);
  }
  lines.push(`misses recorded: ${report.misses}`);
  return lines;
}
