/**
 * A table-driven rule tester after ESLint's RuleTester: each rule has a
 * `<rule-id>.cases.ts` table of valid inputs (the rule must stay silent) and
 * invalid inputs with the exact findings (message id, underlined text,
 * position) and, for fixable rules, the text after the fixes fix-all applies
 * with `--unsafe-fixes` (safe and unsafe ones; display-only ones are listed
 * as suggestions).
 */
import assert from 'node:assert/strict';
import { applyFixes, getRule, lint, type Finding, type LanguageId, type LintConfig, type LintOptions, type Severity } from '../../server/src/engine';

export interface Case {
  name?: string;
  code: string;
  language?: LanguageId;
  fileName?: string;
  /** Configuration for the case (e.g. `allow`, `hostMap`, `manifest`); rules are never turned off here. */
  config?: LintConfig;
  /** The work budget for the case (parse-error's `stopped`): a fake clock keeps it deterministic. */
  budget?: Pick<LintOptions, 'budgetMs' | 'clock'>;
}

export interface ExpectedFinding {
  messageId: string;
  /** The exact text the finding underlines. */
  text: string;
  /** 1-based line of the start; may be left out only where the case is one line or `text` occurs once in it. */
  line?: number;
  /** 1-based column of the start (checked when given). */
  column?: number;
  severity?: Severity;
  /**
   * The finding's display-only fixes (offered for review, never applied by
   * fix-all), in order: each one's title and the text after
   * applying it alone. Required when the finding has such fixes.
   */
  suggestions?: ExpectedSuggestion[];
}

export interface ExpectedSuggestion {
  title: string;
  output: string;
}

export interface InvalidCase extends Case {
  errors: ExpectedFinding[];
  /**
   * Text after applying every safe or unsafe fix of this rule once; omit
   * when no finding has one. The findings that had one must be gone
   * afterwards; the others stay.
   */
  output?: string;
}

export interface RuleCases {
  ruleId: string;
  valid: Array<string | Case>;
  invalid: InvalidCase[];
}

/** The most a message may take, rendered: the Problems panel shows about this much before it cuts the advice off. */
export const MESSAGE_MAX = 90;

/** A message a person reads in one glance: short, and plain text (the Problems panel and terminals show Markdown raw). */
export function assertGlanceable(message: string, where: string): void {
  assert.ok(message.length <= MESSAGE_MAX, `${where}: message is ${message.length} characters (at most ${MESSAGE_MAX}): ${message}`);
  assert.ok(!message.includes('`'), `${where}: message has a backtick (write quotes): ${message}`);
}

export function normaliseCase(input: string | Case): Case {
  return typeof input === 'string' ? { code: input } : input;
}

export function findingsOf(ruleId: string, input: Case): Finding[] {
  // A case's fileName is a path inside a repository, so it is also the relative path that decides the deployment context.
  return lint(input.code, input.language ?? 'yaml', input.config ?? {}, {
    fileName: input.fileName,
    relativePath: input.fileName,
    ...input.budget,
  }).filter((finding) => finding.ruleId === ruleId);
}

export function describeFinding(code: string, finding: Finding): string {
  const { start, end } = finding.range;
  return `${finding.messageId} ${JSON.stringify(code.slice(start.offset, end.offset))} at ${start.line + 1}:${start.character + 1}`;
}

/**
 * An expected finding without `line` must still be pinned to its line: the case is one line, or
 * the text occurs once in it and the finding starts there. Otherwise the case must give `line`.
 */
function assertPinnedByText(code: string, text: string, finding: Finding, where: string): void {
  if (!code.replace(/\n$/, '').includes('\n')) {
    assert.equal(finding.range.start.line, 0, `${where}: line`);
    return;
  }
  const first = code.indexOf(text);
  const occursOnce = first >= 0 && code.indexOf(text, first + 1) === -1;
  assert.ok(occursOnce, `${where}: ${JSON.stringify(text)} occurs more than once in the case: give its line`);
  assert.equal(finding.range.start.offset, first, `${where}: not at the only ${JSON.stringify(text)} in the case`);
}

export function checkValid(ruleId: string, input: Case): void {
  const findings = findingsOf(ruleId, input);
  assert.deepEqual(
    findings.map((finding) => describeFinding(input.code, finding)),
    [],
    `expected no ${ruleId} findings in:\n${input.code}`,
  );
}

/** Checks an invalid case; returns the message ids it exercised. */
export function checkInvalid(ruleId: string, input: InvalidCase): string[] {
  const findings = findingsOf(ruleId, input);
  const rule = getRule(ruleId);
  for (const fix of findings.flatMap((finding) => finding.fixes ?? [])) {
    const declared = rule?.meta.fixes?.[fix.kind];
    assert.ok(declared, `${ruleId} made a fix of kind "${fix.kind}" that its meta.fixes does not declare`);
    assert.equal(fix.applicability, declared.applicability, `the fix "${fix.title}" has its kind's applicability`);
  }
  const actual = findings.map((finding) => describeFinding(input.code, finding));
  assert.equal(findings.length, input.errors.length, `expected ${input.errors.length} ${ruleId} findings, got:\n${actual.join('\n')}\nin:\n${input.code}`);
  input.errors.forEach((expected, index) => {
    const finding = findings[index];
    const where = `finding ${index + 1} (${actual[index]})`;
    assert.equal(finding.messageId, expected.messageId, `${where}: message id`);
    assert.equal(input.code.slice(finding.range.start.offset, finding.range.end.offset), expected.text, `${where}: underlined text`);
    if (expected.line !== undefined) assert.equal(finding.range.start.line + 1, expected.line, `${where}: line`);
    else assertPinnedByText(input.code, expected.text, finding, where);
    if (expected.column !== undefined) assert.equal(finding.range.start.character + 1, expected.column, `${where}: column`);
    if (expected.severity !== undefined) assert.equal(finding.severity, expected.severity, `${where}: severity`);
    assert.ok(!finding.message.includes('{'), `${where}: message has an unfilled placeholder: ${finding.message}`);
    assertGlanceable(finding.message, where);
    const suggestions = (finding.fixes ?? []).filter((fix) => fix.applicability === 'display-only');
    assert.deepEqual(
      suggestions.map((fix) => ({ title: fix.title, output: applyFixes(input.code, [fix]).text })),
      expected.suggestions ?? [],
      `${where}: fixes offered for review (title, text after applying each alone)`,
    );
  });
  const preferred = (finding: Finding) => finding.fixes?.some((fix) => fix.applicability !== 'display-only') === true;
  if (input.output !== undefined) {
    const fixes = findings.flatMap((finding) => (finding.fixes ?? []).filter((fix) => fix.applicability !== 'display-only'));
    const fixed = applyFixes(input.code, fixes).text;
    assert.equal(fixed, input.output, 'text after the preferred fixes');
    // By underlined text: a fix may change the context a remaining finding's message depends on (an NHS name appears).
    const left = findingsOf(ruleId, { ...input, code: fixed }).map((f) => fixed.slice(f.range.start.offset, f.range.end.offset));
    const unfixed = findings.filter((f) => !preferred(f)).map((f) => input.code.slice(f.range.start.offset, f.range.end.offset));
    assert.deepEqual(left, unfixed, 'the preferred fixes remove their findings (and only findings without one remain)');
  } else {
    assert.ok(!findings.some(preferred), 'a finding has a preferred fix but the case states no output');
  }
  return findings.map((finding) => finding.messageId);
}
