/**
 * Suppression comments: a developer's conscious, reasoned waiver of a finding.
 *
 *   # internet-first-disable-next-line insecure-url, private-address -- legacy feed, retired in Q3
 *   url: http://10.0.0.5/   # internet-first-disable-line insecure-url until=2026-06-30 -- migration ticket NHS-123
 *   # internet-first-disable-file loopback-address -- local development stack
 *
 * `//` and block comments work the same in JSONC. With no rule listed, every
 * rule is waived. `until=YYYY-MM-DD` makes the waiver expire: after that day
 * the finding returns, saying the waiver expired. Waivers that waive nothing
 * and waivers without a reason are reported by their own rules.
 */
import { hasExpired, isCalendarDate } from './dates';
import type { Finding, WaivedFinding } from './types';
import type { LintFile } from './context';

export type SuppressionScope = 'line' | 'next-line' | 'file';

export interface Suppression {
  scope: SuppressionScope;
  /** Rule ids named, each with the offset and length of its name in the file; empty = every rule. */
  rules: Array<{ id: string; offset: number; length: number }>;
  reason: string | undefined;
  /** Last day the waiver holds (YYYY-MM-DD), if it expires. */
  until: string | undefined;
  /** 0-based line the waiver applies to (unused for file scope). */
  line: number;
  /** The comment's place in the file. */
  offset: number;
  length: number;
  /** Filled in by apply(): rule ids (or '*') that waived at least one finding. */
  used: Set<string>;
}

const DIRECTIVE = /^internet-first-disable-(next-line|line|file)(?=\s|$)(.*)$/s;
const UNTIL = /(?:^|\s)until=(\d{4}-\d{2}-\d{2})(?=\s|,|$)/;

/** Every suppression comment in the file, in text order. */
export function parseSuppressions(file: LintFile): Suppression[] {
  const suppressions: Suppression[] = [];
  for (const document of file.documents) {
    for (const comment of document.comments) {
      const match = DIRECTIVE.exec(comment.text);
      if (!match) continue;
      const source = file.text.slice(comment.offset, comment.offset + comment.length);
      const bodyOffset = comment.offset + source.indexOf(match[0]) + match[0].length - match[2].length;
      const [list, ...reasonParts] = match[2].split(/\s--\s?/);
      const reason = reasonParts.join(' -- ').trim() || undefined;
      const until = UNTIL.exec(list)?.[1];
      // Blank out `until=…` in place so the rule names keep their offsets.
      const names = list.replace(UNTIL, (whole) => ' '.repeat(whole.length));
      const rules = [...names.matchAll(/[a-z][a-z0-9-]*/g)].map((rule) => ({ id: rule[0], offset: bodyOffset + rule.index!, length: rule[0].length }));
      const commentLine = file.lines.position(comment.offset).line;
      const scope = match[1] as SuppressionScope;
      suppressions.push({
        scope,
        rules,
        reason,
        until,
        line: scope === 'next-line' ? commentLine + 1 : commentLine,
        offset: comment.offset,
        length: comment.length,
        used: new Set(),
      });
    }
  }
  return suppressions;
}

/**
 * Drops the findings a live waiver covers and marks the waiver used. A finding
 * whose only waivers have expired stays, with a note. `today` is YYYY-MM-DD.
 */
export function applySuppressions(findings: Finding[], suppressions: Suppression[], today: string, waived?: WaivedFinding[]): Finding[] {
  if (suppressions.length === 0) return findings;
  const kept: Finding[] = [];
  for (const finding of findings) {
    const covering = suppressions.filter((s) => covers(s, finding));
    // A waiver holds through its `until=` day; one whose date names no real day holds never, and says so.
    const live = covering.filter((s) => !s.until || (isCalendarDate(s.until) && !hasExpired(s.until, today)));
    if (live.length > 0) {
      for (const s of live) s.used.add(s.rules.length === 0 ? '*' : finding.ruleId);
      const until = live.some((s) => !s.until)
        ? undefined
        : live
            .map((s) => s.until!)
            .sort()
            .pop();
      waived?.push({ finding, reason: live.find((s) => s.reason)?.reason, until });
      continue;
    }
    if (covering.length > 0) {
      for (const s of covering) s.used.add(s.rules.length === 0 ? '*' : finding.ruleId);
      const invalid = covering.find((s) => s.until && !isCalendarDate(s.until))?.until;
      const expired = covering
        .map((s) => s.until)
        .sort()
        .pop();
      const note = invalid ? `The waiver's until=${invalid} is not a real date, so it waives nothing.` : `The waiver for this finding expired on ${expired}.`;
      kept.push({ ...finding, message: `${finding.message} (${note})` });
      continue;
    }
    kept.push(finding);
  }
  return kept;
}

function covers(suppression: Suppression, finding: Finding): boolean {
  const named = suppression.rules.length === 0 || suppression.rules.some((rule) => rule.id === finding.ruleId);
  if (!named) return false;
  return suppression.scope === 'file' || suppression.line === finding.range.start.line;
}
