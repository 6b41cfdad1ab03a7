/**
 * What becomes of one rule's reports: the ones a local context silences are
 * dropped, the same finding reported twice is one, past the per-rule cap they
 * are only counted, and the rest become findings with the severity, range and
 * fixes the rule's metadata says.
 */
import type { Finding, Fix, LintConfig, Severity, SeveritySetting } from './types';
import type { LintFile } from './context';
import { formatMessage, type AnyRule, type ProposedFix, type Report, type RuleContext } from './rule';
import { parseError } from './rules/parse-error';
import { MAX_FINDINGS_PER_RULE } from './limits';
import { ReportIdentities } from './report-identities';
import { BudgetExceeded, type WorkBudget } from './budget';

/** One lint's rule runs: the file, its settings and the time left. */
export interface RuleRun {
  file: LintFile;
  config: LintConfig;
  today: string;
  budget: WorkBudget | undefined;
  /** Enabled rules not run, or stopped, because the budget ran out (a rule may be named once per document). */
  unchecked: string[];
}

/** Runs one rule on the file (or on one document of it, `file`); `complete` is false when the budget stopped it. */
export function runRule(run: RuleRun, rule: AnyRule, file: LintFile = run.file): RuleReports {
  // The file's syntax report is cheap (one finding per defect, at most 20 a document) and always made.
  const budget = rule === parseError ? undefined : run.budget;
  const reports = new RuleReports(file, rule, budget, run.today);
  if (budget && !budget.hasTimeLeft()) {
    run.unchecked.push(rule.meta.id);
    reports.complete = false;
    return reports;
  }
  try {
    rule.check(reports);
  } catch (error) {
    if (!(error instanceof BudgetExceeded)) throw error;
    // What the rule found before the time ran out is kept: each finding is complete on its own.
    run.unchecked.push(rule.meta.id);
    reports.complete = false;
  }
  return reports;
}

/** No reports yet: shared and frozen, replaced by the rule's own list at its first kept report. */
const NO_REPORTS: Report<string>[] = Object.freeze([]) as unknown as Report<string>[];

/**
 * One rule's reports in one file (or one document of it), in the order
 * reported. It is also what the rule sees of its run (RuleContext): one
 * object per rule and file, with no list until the rule reports, as every
 * rule runs on every file and most report nothing in most files.
 */
export class RuleReports implements RuleContext<string, string> {
  /** The reports kept: not silenced, not seen before, within the cap. Read only; NO_REPORTS until the first. */
  kept: Report<string>[] = NO_REPORTS;
  /** Reports past the cap, counted for the truncation note. */
  dropped = 0;
  /** False when the budget ran out before or while the rule ran. */
  complete = true;
  // One rule's reports, by identity: two rules' findings are never one, so the identities go with the rule's run.
  // Made at the first report, like the list.
  private seen: ReportIdentities | undefined;

  constructor(
    readonly file: LintFile,
    private readonly rule: AnyRule,
    private readonly budget?: WorkBudget,
    /** Today as YYYY-MM-DD, for the rule (RuleContext.today); empty where the reports are only merged (document-findings.ts). */
    readonly today = '',
  ) {}

  /** A report from the rule, or one merged from a document's run (document-findings.ts). */
  report(report: Report<string>): void {
    this.budget?.step();
    if (silenced(this.file, this.rule, report)) return;
    // The same finding found twice (a host seen through two targets) is one finding; two messages at one place (two missing properties) are two.
    this.seen ??= new ReportIdentities(this.file.text.length);
    if (!this.seen.add(report)) return;
    // Counted, never built: a generated file reports hundreds of thousands.
    if (this.capped()) this.dropped++;
    else if (this.kept === NO_REPORTS) this.kept = [report];
    else this.kept.push(report);
  }

  /** Whether the rule has made as many findings as one rule may (RuleContext.capped). */
  capped(): boolean {
    return this.kept.length >= MAX_FINDINGS_PER_RULE;
  }

  /** The findings, and the truncation note when reports were dropped (none when parse-error is off). */
  findings(config: LintConfig, dropped = this.dropped): Finding[] {
    // Most rules find nothing in most files: one shared, frozen empty list (callers spread or copy it).
    if (this.kept.length === 0 && dropped === 0) return NO_FINDINGS;
    const severity = ruleSetting(config, this.rule.meta.id).severity;
    const findings = this.kept.map((report) => toFinding(this.file, this.rule, report, severity));
    if (dropped > 0) findings.push(...truncationNote(this.file, config, this.rule.meta.id, dropped));
    return findings;
  }
}

const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];

interface ResolvedSetting {
  /** Undefined when the user did not set one: the rule's (or the report's) default applies. */
  severity: SeveritySetting | undefined;
}

/** A rule the configuration does not name: one shared answer, as every rule's setting is read several times a lint. */
const UNSET: ResolvedSetting = Object.freeze({ severity: undefined });

export function ruleSetting(config: LintConfig, ruleId: string): ResolvedSetting {
  const entry = config.rules?.[ruleId];
  if (entry === undefined) return UNSET;
  return { severity: typeof entry === 'string' ? entry : entry.severity };
}

/** One parse-error finding at the top of the file for what a rule found beyond the cap (none when parse-error is off). */
export function truncationNote(file: LintFile, config: LintConfig, ruleId: string, dropped: number): Finding[] {
  const data = { limit: String(MAX_FINDINGS_PER_RULE), rule: ruleId, more: String(dropped) };
  return topOfFileNote(file, config, { messageId: 'truncated', data, offset: 0, length: 0, severity: 'warning' });
}

/** A parse-error note about the lint itself (truncated, stopped), at the configured severity; none when parse-error is off. */
export function topOfFileNote(file: LintFile, config: LintConfig, report: Report<string>): Finding[] {
  const setting = ruleSetting(config, parseError.meta.id);
  if (setting.severity === 'off' || silenced(file, parseError, report)) return [];
  return [toFinding(file, parseError, report, setting.severity)];
}

export function toFinding(file: LintFile, rule: AnyRule, report: Report<string>, configured: SeveritySetting | undefined): Finding {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`Rule ${rule.meta.id} reported unknown message id "${report.messageId}"`);
  if (report.fixes?.length && !rule.meta.fixable) throw new Error(`Rule ${rule.meta.id} is not fixable but reported a fix`);
  const context = file.contextAt(report.offset);
  const local = context.kind === 'local';
  const severity: Severity =
    (configured as Severity | undefined) ??
    (local ? relaxed(rule, report.severity ?? rule.meta.defaultSeverity) : (report.severity ?? rule.meta.defaultSeverity));
  const finding: Finding = {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    message: formatMessage(template, report.data),
    severity,
    range: file.lines.range(report.offset, report.length),
  };
  if (report.data) finding.data = report.data;
  if (report.fixes?.length) finding.fixes = report.fixes.map((fix) => declared(rule, fix));
  if (local) finding.context = context;
  return finding;
}

/** A report that makes no finding where it lies (local contexts, sample data). */
function silenced(file: LintFile, rule: AnyRule, report: Report<string>): boolean {
  const context = file.contextAt(report.offset);
  if (context.kind !== 'local') return false;
  // Loopback and in-stack names are how a local stack's parts find each other: not a finding there at all.
  if (rule.meta.silentWhenLocal?.includes(report.messageId)) return true;
  // Sample data (examples, fixtures, documentation snippets) illustrates a shape: nothing in it is a real destination.
  return context.sample === true && rule.meta.skipsSampleData === true;
}

/** The fix with the applicability its kind declares; an undeclared kind is a programming error, like an unknown message id. */
export function declared(rule: AnyRule, fix: ProposedFix): Fix {
  const kind = rule.meta.fixes?.[fix.kind];
  if (kind === undefined) throw new Error(`Rule ${rule.meta.id} reported a fix of undeclared kind "${fix.kind}"`);
  return { title: fix.title, edits: fix.edits, kind: fix.kind, applicability: kind.applicability };
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** In a local context a rule is at most its developmentSeverity (rules without one, e.g. HSCN names, fail there too). */
function relaxed(rule: AnyRule, severity: Severity): Severity {
  const development = rule.meta.developmentSeverity;
  if (!development) return severity;
  return RANK[development] < RANK[severity] ? development : severity;
}
