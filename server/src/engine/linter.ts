/**
 * lint(text) → findings. Parses once, builds the shared LintFile, runs every
 * enabled rule against it, and holds rules to their declared contract.
 */
import type { Finding, Fix, LanguageId, LintConfig, LintOptions, Severity, SeveritySetting } from './types';
import { LintFile } from './context';
import { parseText } from './parse';
import type { ParsedFile, SyntaxProblem } from './parse/tree';
import type { ParseCache } from './parse/cache';
import { formatMessage, type AnyRule, type ProposedFix, type Report } from './rule';
import { RULES } from './rules';
import { parseError } from './rules/parse-error';
import { MAX_FILE_BYTES, MAX_FINDINGS_PER_RULE } from './limits';
import { applySuppressions } from './suppressions';
import { BudgetedLintFile, BudgetExceeded, WorkBudget } from './budget';
import { dataIdentity, ReportIdentities } from './report-identities';
import { todayUtc } from './dates';

export function lint(text: string, languageId: LanguageId, config: LintConfig = {}, options: LintOptions = {}): Finding[] {
  // Started before the parse: its time counts too, and a YAML parse is stopped when it runs out.
  const budget = options.budgetMs ? new WorkBudget(options.budgetMs, options.clock) : undefined;
  const unread = unreadable(text, languageId);
  const { parsed, stoppedParsing } = unread ? { parsed: unread, stoppedParsing: false } : parseWithin(budget, text, languageId, options.cache);
  const fileParts = [text, languageId, parsed, options.fileName, config, options.relativePath] as const;
  const file = budget ? new BudgetedLintFile(budget, ...fileParts) : new LintFile(...fileParts);
  const today = options.today ?? todayUtc();
  const run: RuleRun = { file, config, today, budget, unchecked: [] };
  const found = runRules(
    run,
    RULES.filter((rule) => !rule.meta.reviewsSuppressions),
  );
  const kept = applySuppressions(found, file.suppressions, today, options.waived);
  // Once the budget is spent these are skipped too: judged against a partial run, a used suppression would look unused.
  const reviews = runRules(
    run,
    RULES.filter((rule) => rule.meta.reviewsSuppressions),
  );
  // Findings are plain data and nothing here keeps the parse: the cache may move its documents in place next time.
  options.cache?.release(parsed.documents);
  const stopped = budget && run.unchecked.length > 0 ? budgetNote(file, config, budget.limitMs, run.unchecked, stoppedParsing) : [];
  return [...kept, ...reviews, ...stopped].sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId));
}

interface RuleRun {
  file: LintFile;
  config: LintConfig;
  today: string;
  budget: WorkBudget | undefined;
  /** Enabled rules not run, or stopped, because the budget ran out. */
  unchecked: string[];
}

function runRules(run: RuleRun, rules: readonly AnyRule[]): Finding[] {
  const { file, config, today } = run;
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = ruleSetting(config, rule.meta.id);
    if (setting.severity === 'off') continue;
    // The file's syntax report is cheap (one finding per defect, at most 20 a document) and always made.
    const budget = rule === parseError ? undefined : run.budget;
    if (budget && !budget.hasTimeLeft()) {
      run.unchecked.push(rule.meta.id);
      continue;
    }
    // One rule's reports, by identity: two rules' findings are never one, so the identities go when the rule is done.
    const seen = new ReportIdentities(file.text.length);
    let reported = 0;
    let dropped = 0;
    const report = (r: Report<string>): void => {
      budget?.step();
      if (silenced(file, rule, r)) return;
      // The same finding found twice (a host seen through two targets) is one finding; two messages at one place (two missing properties) are two.
      if (!seen.add(r)) return;
      if (reported >= MAX_FINDINGS_PER_RULE) {
        // Counted, never built: a generated file reports hundreds of thousands.
        dropped++;
        return;
      }
      const finding = toFinding(file, rule, r, setting.severity);
      if (!finding) return;
      reported++;
      findings.push(finding);
    };
    try {
      rule.check({ file, today, report, capped: () => reported >= MAX_FINDINGS_PER_RULE });
    } catch (error) {
      if (!(error instanceof BudgetExceeded)) throw error;
      // What the rule found before the time ran out is kept: each finding is complete on its own.
      run.unchecked.push(rule.meta.id);
    }
    if (dropped > 0) findings.push(...truncationNote(file, config, rule.meta.id, dropped));
  }
  return findings;
}

/**
 * The parse, or when the budget runs out during it an empty file marked so:
 * no rule can then start, and the note says the parse was stopped. A parse
 * cache keeps the segments parsed before, so the next lint starts further on.
 */
function parseWithin(
  budget: WorkBudget | undefined,
  text: string,
  languageId: LanguageId,
  cache: ParseCache | undefined,
): { parsed: ParsedFile; stoppedParsing: boolean } {
  try {
    return { parsed: parseText(text, languageId, cache, budget), stoppedParsing: false };
  } catch (error) {
    if (!(error instanceof BudgetExceeded)) throw error;
    return { parsed: unparsedFile(text, languageId, []), stoppedParsing: true };
  }
}

/** One parse-error finding at the top of the file naming how many rules the budget left unchecked (none when parse-error is off). */
function budgetNote(file: LintFile, config: LintConfig, limitMs: number, unchecked: readonly string[], whileParsing: boolean): Finding[] {
  const enabled = RULES.filter((rule) => ruleSetting(config, rule.meta.id).severity !== 'off').length;
  const data = { limit: formatDuration(limitMs), rules: String(unchecked.length), total: String(enabled), unchecked: unchecked.join(', ') };
  return topOfFileNote(file, config, { messageId: whileParsing ? 'stoppedParsing' : 'stopped', data, offset: 0, length: 0 });
}

/** `500 ms`, `10 s`, `2.5 s`: how the time limit reads in the message. */
function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 100) / 10} s`;
}

/** One parse-error finding at the top of the file for what a rule found beyond the cap (none when parse-error is off). */
function truncationNote(file: LintFile, config: LintConfig, ruleId: string, dropped: number): Finding[] {
  const data = { limit: String(MAX_FINDINGS_PER_RULE), rule: ruleId, more: String(dropped) };
  return topOfFileNote(file, config, { messageId: 'truncated', data, offset: 0, length: 0, severity: 'warning' });
}

/** A parse-error note about the lint itself (truncated, stopped), at the configured severity; none when parse-error is off. */
function topOfFileNote(file: LintFile, config: LintConfig, report: Report<string>): Finding[] {
  const setting = ruleSetting(config, parseError.meta.id);
  if (setting.severity === 'off') return [];
  const note = toFinding(file, parseError, report, setting.severity);
  return note ? [note] : [];
}

/**
 * A finding's identity: rule, message id, range and data. Never the message
 * text, which is for people (rewording it, or a suppression's note appended
 * to it, must not change which findings are one).
 */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'messageId' | 'range' | 'data'>): string {
  return `${finding.ruleId}\u0000${identity(finding.messageId, finding.range.start.offset, finding.range.end.offset, finding.data)}`;
}

function identity(messageId: string, start: number, end: number, data: Record<string, string | number> | undefined): string {
  // The message id first, then the range, then the data (dataIdentity without its message id).
  return `${messageId}\u0000${start}\u0000${end}${dataIdentity('', data)}`;
}

/** Binary and oversized files get one parse-error finding instead of a parse. */
function unreadable(text: string, languageId: LanguageId): ParsedFile | undefined {
  let problem: SyntaxProblem | undefined;
  if (text.length > MAX_FILE_BYTES) problem = { offset: 0, length: 0, message: `${MAX_FILE_BYTES / 1024 / 1024} MB`, kind: 'tooLarge' };
  else if (text.slice(0, 8192).includes('\u0000')) problem = { offset: 0, length: 0, message: '', kind: 'binary' };
  return problem && unparsedFile(text, languageId, [problem]);
}

/** The whole text as one document with no tree: a file not parsed (unreadable) or whose parse was stopped. */
function unparsedFile(text: string, languageId: LanguageId, problems: SyntaxProblem[]): ParsedFile {
  return {
    language: languageId === 'yaml' ? 'yaml' : 'json',
    text,
    documents: [{ root: null, offset: 0, length: text.length, comments: [], problems, anchors: new Map() }],
  };
}

interface ResolvedSetting {
  /** Undefined when the user did not set one: the rule's (or the report's) default applies. */
  severity: SeveritySetting | undefined;
}

function ruleSetting(config: LintConfig, ruleId: string): ResolvedSetting {
  const entry = config.rules?.[ruleId];
  if (entry === undefined) return { severity: undefined };
  return { severity: typeof entry === 'string' ? entry : entry.severity };
}

function toFinding(file: LintFile, rule: AnyRule, report: Report<string>, configured: SeveritySetting | undefined): Finding | undefined {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`Rule ${rule.meta.id} reported unknown message id "${report.messageId}"`);
  if (report.fixes?.length && !rule.meta.fixable) throw new Error(`Rule ${rule.meta.id} is not fixable but reported a fix`);
  if (silenced(file, rule, report)) return undefined;
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

/**
 * A `parse-error` finding at the start of a file the caller could not hand to
 * lint() at all (unreadable, binary, too large, unknown type), built from the
 * rule's own message templates and honouring the configured severity.
 */
export function fileProblem(messageId: string, data: Record<string, string | number>, config: LintConfig = {}): Finding[] {
  const rule = parseError;
  const setting = ruleSetting(config, rule.meta.id);
  if (setting.severity === 'off') return [];
  // The CLI names the message id at run time: an unknown one throws here rather than failing to compile.
  const template = (rule.meta.messages as Record<string, string>)[messageId];
  if (template === undefined) throw new Error(`parse-error has no message id "${messageId}"`);
  const start = { line: 0, character: 0, offset: 0 };
  return [
    {
      ruleId: rule.meta.id,
      messageId,
      message: formatMessage(template, data),
      severity: (setting.severity as Severity | undefined) ?? rule.meta.defaultSeverity,
      range: { start, end: start },
      data,
    },
  ];
}
