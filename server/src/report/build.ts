/**
 * The finished report: totals from the aggregated services, then the trend
 * and exact changes against earlier reports' JSON (`--previous`).
 */
import type { EstateAggregator } from './aggregate';
import { CATEGORY_ORDER, categoryOf, emptyTotals, REPORT_SCHEMA_VERSION, type Changes, type EstateReport, type Totals, type TrendPoint } from './model';

const TOTAL_KEYS = Object.keys(emptyTotals()) as Array<keyof Totals>;

export function buildReport(aggregate: EstateAggregator, tool: { name: string; version: string }, previous: readonly EstateReport[]): EstateReport {
  const services = [...aggregate.services.values()].sort((a, b) => a.repository.localeCompare(b.repository) || a.service.localeCompare(b.service));
  const totals = emptyTotals();
  totals.services = services.length;
  totals.repositories = aggregate.repositories.size;
  for (const service of services) {
    if (service.ready) totals.ready += 1;
    totals.errors += service.counts.error;
    totals.warnings += service.counts.warning;
    totals.notes += service.counts.note;
    totals.waived += service.waived;
    totals.parseFailures += service.parseFailures;
  }
  totals.hscnDependencies = aggregate.hscn.items.length + aggregate.hscn.omitted;
  totals.expiring = aggregate.expiring.items.length + aggregate.expiring.omitted;

  const byRule = Object.fromEntries([...aggregate.byRule.entries()].sort(([a], [b]) => a.localeCompare(b)));
  const byCategory: Record<string, number> = Object.fromEntries(CATEGORY_ORDER.map((name) => [name, 0]));
  for (const [ruleId, counts] of aggregate.byRule) byCategory[categoryOf(ruleId)] += counts.error + counts.warning + counts.note;

  const earlier = [...previous].sort((a, b) => a.date.localeCompare(b.date));
  const trend: TrendPoint[] = [...earlier.map((report) => ({ ...emptyTotals(), ...report.totals, date: report.date })), { ...totals, date: aggregate.today }];
  const fingerprints = [...aggregate.fingerprints].sort();
  const latest = earlier.at(-1);

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool,
    date: aggregate.today,
    totals,
    byRule,
    byCategory,
    services,
    hscn: { items: sortByPlace(aggregate.hscn.items), omitted: aggregate.hscn.omitted },
    expiring: { items: [...aggregate.expiring.items].sort((a, b) => a.expires.localeCompare(b.expires)), omitted: aggregate.expiring.omitted },
    parseFailures: { items: sortByPlace(aggregate.parseFailures.items), omitted: aggregate.parseFailures.omitted },
    inputs: { read: aggregate.inputsRead, problems: aggregate.problems },
    trend,
    ...(latest ? { changes: compare(totals, aggregate.fingerprints, latest) } : {}),
    fingerprints,
  };
}

/** Fixed, new and still open are exact: the same finding has the same key in both reports. */
function compare(totals: Totals, current: ReadonlySet<string>, before: EstateReport): Changes {
  const previous = new Set(before.fingerprints);
  let stillOpen = 0;
  for (const key of current) if (previous.has(key)) stillOpen += 1;
  const delta = emptyTotals();
  for (const key of TOTAL_KEYS) delta[key] = totals[key] - (before.totals[key] ?? 0);
  return { since: before.date, delta, fixed: previous.size - stillOpen, new: current.size - stillOpen, stillOpen };
}

function sortByPlace<T extends { repository: string; service: string; file: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.repository.localeCompare(b.repository) || a.service.localeCompare(b.service) || a.file.localeCompare(b.file));
}

/** Checks an earlier report's JSON enough to compare with it; a message when it is not one. */
export function asPreviousReport(value: unknown): EstateReport | string {
  const report = value as Partial<EstateReport> | null;
  if (
    typeof report !== 'object' ||
    report === null ||
    typeof report.date !== 'string' ||
    typeof report.totals !== 'object' ||
    !Array.isArray(report.fingerprints)
  ) {
    return 'is not the JSON of an earlier estate report (internet-first-lint report --format json)';
  }
  if (report.schemaVersion !== REPORT_SCHEMA_VERSION)
    return `is an estate report of schema version ${String(report.schemaVersion)}; this version reads ${REPORT_SCHEMA_VERSION}`;
  return report as EstateReport;
}
