/**
 * lint(text) → findings. Parses once, builds the shared LintFile, runs every
 * enabled rule against it, and holds rules to their declared contract.
 */
import type { Finding, LanguageId, LintConfig, LintOptions, Severity } from './types';
import { LintFile } from './context';
import { parseText } from './parse';
import type { ParsedFile, SyntaxProblem } from './parse/tree';
import type { ParseCache } from './parse/cache';
import { formatMessage, type AnyRule } from './rule';
import { RULES } from './rules';
import { parseError } from './rules/parse-error';
import { MAX_FILE_BYTES } from './limits';
import { applySuppressions } from './suppressions';
import { BudgetedLintFile, BudgetExceeded, WorkBudget } from './budget';
import { dataIdentity } from './report-identities';
import { ruleSetting, runRule, topOfFileNote, type RuleRun } from './rule-reports';
import type { DocumentFindings } from './document-findings';
import { todayUtc } from './dates';
import { byCodeUnit } from './code-unit-order';

/**
 * The rules that check the file, and those that review its suppressions after
 * them, in rule order: split once, not per file (most configurations set no
 * rule, and then every rule runs).
 */
const CHECKING_RULES = RULES.filter((rule) => !rule.meta.reviewsSuppressions);
const REVIEWING_RULES = RULES.filter((rule) => rule.meta.reviewsSuppressions);

export function lint(text: string, languageId: LanguageId, config: LintConfig = {}, options: LintOptions = {}): Finding[] {
  // Started before the parse: its time counts too, and a YAML parse is stopped when it runs out.
  const budget = options.budgetMs ? new WorkBudget(options.budgetMs, options.clock) : undefined;
  const unread = unreadable(text, languageId);
  const { parsed, stoppedParsing } = unread ? { parsed: unread, stoppedParsing: false } : parseWithin(budget, text, languageId, options.cache);
  const fileParts = [text, languageId, parsed, options.fileName, config, options.relativePath, undefined, options.cache?.lines(text)] as const;
  const file = budget ? new BudgetedLintFile(budget, ...fileParts) : new LintFile(...fileParts);
  const today = options.today ?? todayUtc();
  const run: RuleRun = { file, config, today, budget, unchecked: [] };
  const checks = config.rules ? CHECKING_RULES.filter((rule) => ruleSetting(config, rule.meta.id).severity !== 'off') : CHECKING_RULES;
  const found = runChecks(run, checks, options.cache && parsed.language === 'yaml' ? options.findingsCache : undefined);
  const kept = applySuppressions(found, file.suppressions, today, options.waived);
  // Once the budget is spent these are skipped too: judged against a partial run, a used suppression would look unused.
  const reviews = runRules(run, REVIEWING_RULES);
  // Findings are plain data and nothing here keeps the parse: the cache may move its documents in place next time.
  options.cache?.release(parsed.documents);
  const stopped = budget && run.unchecked.length > 0 ? budgetNote(file, config, budget.limitMs, run.unchecked, stoppedParsing) : [];
  // `kept` is this lint's own list (runChecks and applySuppressions make it): sorted in place when nothing joins it.
  const all = reviews.length === 0 && stopped.length === 0 ? kept : [...kept, ...reviews, ...stopped];
  return all.sort((a, b) => a.range.start.offset - b.range.start.offset || byCodeUnit(a.ruleId, b.ruleId));
}

/** The checking rules' findings: with a findings cache, those that read one document at a time run only on documents changed since the last lint. */
function runChecks(run: RuleRun, rules: readonly AnyRule[], findingsCache: DocumentFindings | undefined): Finding[] {
  if (!findingsCache) return runRules(run, rules);
  const wholeFile = rules.filter((rule) => rule.meta.readsWholeFile);
  return [
    ...runRules(run, wholeFile),
    ...findingsCache.check(
      run,
      rules.filter((rule) => !rule.meta.readsWholeFile),
    ),
  ];
}

function runRules(run: RuleRun, rules: readonly AnyRule[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (ruleSetting(run.config, rule.meta.id).severity === 'off') continue;
    const made = runRule(run, rule).findings(run.config);
    // Most rules find nothing in most files: no call spreading an empty list.
    for (let i = 0; i < made.length; i++) findings.push(made[i]);
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
  const enabled = RULES.filter((rule) => ruleSetting(config, rule.meta.id).severity !== 'off');
  // Run a document at a time, a rule may be unchecked in several documents: it is named once, in rule order.
  const names = enabled.map((rule) => rule.meta.id).filter((id) => unchecked.includes(id));
  const data = { limit: formatDuration(limitMs), rules: String(names.length), total: String(enabled.length), unchecked: names.join(', ') };
  return topOfFileNote(file, config, { messageId: whileParsing ? 'stoppedParsing' : 'stopped', data, offset: 0, length: 0 });
}

/** `500 ms`, `10 s`, `2.5 s`: how the time limit reads in the message. */
function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 100) / 10} s`;
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
