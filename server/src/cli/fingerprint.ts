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
  const lineKeys = new Map<number, string>();
  return findings.map((finding) => {
    const flagged = text.slice(finding.range.start.offset, finding.range.end.offset);
    const line = finding.range.start.line;
    let lineText = lineKeys.get(line);
    if (lineText === undefined) lineKeys.set(line, (lineText = lineKey(lines.lineText(line))));
    const hash = createHash('sha256').update(`${finding.ruleId}\0${flagged}\0${lineText}`).digest('hex').slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}

/**
 * A line stands for itself, whitespace normalised; a very long one (minified
 * JSON) by its digest, computed once: hashing a 4 MB line for each of its
 * 100,000 findings took minutes.
 */
function lineKey(line: string): string {
  const normalised = normaliseWhitespace(line);
  return normalised.length <= 1000 ? normalised : `sha256:${createHash('sha256').update(normalised).digest('hex')}`;
}

function normaliseWhitespace(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}
