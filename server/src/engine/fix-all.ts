/**
 * Fix-all: the one loop behind the CLI's `--fix` and the editor's "fix all"
 * (`source.fixAll.internetFirst`), so both change a file the same way. Each
 * pass lints, applies every finding's safe fix (or, when asked, its unsafe
 * one: see `Applicability`) with applyFixes, and lints again: a fix dropped for
 * overlapping another is retried on the next pass against fresh findings.
 * Bounded, and refuses a pass that would make the file unparseable or bring
 * back a text already seen (two fixes undoing each other).
 */
import { applyFixes } from './fixes';
import { lint } from './linter';
import { parseText } from './parse';
import type { Finding, Fix, LanguageId, LintConfig, LintOptions } from './types';

/** Passes before giving up: real fixes settle in one or two; more means fixes feed each other. */
export const MAX_FIX_PASSES = 10;

export interface FixTextOptions extends LintOptions {
  /** At most this many passes (default MAX_FIX_PASSES). */
  maxPasses?: number;
  /** Apply `unsafe` fixes too (the CLI's `--unsafe-fixes`); `display-only` ones never are. */
  unsafeFixes?: boolean;
}

export type FixStop =
  /** No fix left that may be applied. */
  | 'stable'
  /** MAX_FIX_PASSES passes and still fixes to apply. */
  | 'pass-limit'
  /** The next pass would have added syntax errors; it was not applied. */
  | 'would-break-syntax'
  /** The next pass would have restored an earlier text; it was not applied. */
  | 'cycle';

export interface FixTextResult {
  /** The fixed text (the input itself when nothing applied). */
  text: string;
  /** Passes that changed the text. */
  passes: number;
  /** Fixes applied over all passes. */
  fixesApplied: number;
  /** The findings of the final text: what is left for a person. */
  remaining: Finding[];
  stoppedBecause: FixStop;
}

/** `lintText` is the engine's lint; tests pass rules' stand-ins to reach the guards real rules never trip. */
export function fixText(
  text: string,
  languageId: LanguageId,
  config: LintConfig = {},
  options: FixTextOptions = {},
  lintText: typeof lint = lint,
): FixTextResult {
  const maxPasses = options.maxPasses ?? MAX_FIX_PASSES;
  const lintOptions: LintOptions = { ...options };
  delete (lintOptions as FixTextOptions).maxPasses;
  delete (lintOptions as FixTextOptions).unsafeFixes;
  const choose = (finding: Finding) => applicableFix(finding, options.unsafeFixes === true);

  let current = text;
  let findings = lintText(current, languageId, config, lintOptions);
  const seen = new Set([current]);
  let passes = 0;
  let fixesApplied = 0;
  let stoppedBecause: FixStop = 'stable';
  let currentSyntaxProblems = -1; // counted on the first pass that needs it

  while (true) {
    const fixes = findings.map(choose).filter((fix): fix is Fix => fix !== undefined);
    if (fixes.length === 0) break;
    if (passes >= maxPasses) {
      stoppedBecause = 'pass-limit';
      break;
    }
    const applied = applyFixes(current, fixes);
    if (applied.applied === 0 || applied.text === current) break;
    if (seen.has(applied.text)) {
      stoppedBecause = 'cycle';
      break;
    }
    if (currentSyntaxProblems < 0) currentSyntaxProblems = syntaxProblems(current, languageId);
    const nextSyntaxProblems = syntaxProblems(applied.text, languageId);
    if (nextSyntaxProblems > currentSyntaxProblems) {
      stoppedBecause = 'would-break-syntax';
      break;
    }
    seen.add(applied.text);
    current = applied.text;
    currentSyntaxProblems = nextSyntaxProblems;
    findings = lintText(current, languageId, config, lintOptions);
    passes++;
    fixesApplied += applied.applied;
  }
  return { text: current, passes, fixesApplied, remaining: findings, stoppedBecause };
}

/** The fix fix-all applies for a finding: its first safe fix, else (when allowed) its first unsafe one. */
export function applicableFix(finding: Finding, unsafeFixes = false): Fix | undefined {
  const fixes = finding.fixes ?? [];
  return fixes.find((fix) => fix.applicability === 'safe') ?? (unsafeFixes ? fixes.find((fix) => fix.applicability === 'unsafe') : undefined);
}

/** The fix a finding marks as safe to apply without review: the editor's preferred quick fix. */
export function preferredFix(finding: Finding): Fix | undefined {
  return applicableFix(finding, false);
}

/** Findings that only `--unsafe-fixes` would fix: the "N more fixes available" of the summary. */
export function unsafeOnlyCount(findings: readonly Finding[]): number {
  return findings.filter((finding) => !preferredFix(finding) && applicableFix(finding, true)).length;
}

/** Counted from the parser, not from parse-error findings, which the config may have turned off. */
function syntaxProblems(text: string, languageId: LanguageId): number {
  return parseText(text, languageId).documents.reduce((total, document) => total + document.problems.length, 0);
}
