/**
 * Content fingerprints for findings, so that CI systems (SARIF
 * `partialFingerprints`) and baselines recognise a finding after lines are
 * added or removed above it. Built from what the finding is about (the rule,
 * the flagged text and its line's text with whitespace normalised), never from
 * line numbers. Identical findings in one file are told apart by their order.
 */
import { createHash } from 'node:crypto';
import { LineIndex, type Finding } from '../engine';

/** Bump when the recipe changes, so consumers do not match old and new fingerprints. */
export const FINGERPRINT_KEY = 'internetFirstLint/v1';

export function fingerprintFindings(findings: readonly Finding[], text: string): string[] {
  const lines = new LineIndex(text);
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const flagged = text.slice(finding.range.start.offset, finding.range.end.offset);
    const lineText = normaliseWhitespace(lines.lineText(finding.range.start.line));
    const hash = createHash('sha256').update(`${finding.ruleId}\0${flagged}\0${lineText}`).digest('hex').slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}

function normaliseWhitespace(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}
