/**
 * "Findings identical": a count and a hash of the findings, so the in-process
 * engine, the serial CLI and the parallel CLI can be compared at a glance;
 * and precision/recall against the generator's labels. A finding on a line
 * the generator planted a problem on is a true positive; on a noise line or a
 * line it planted nothing on, a false positive. A planted problem line with no
 * finding is a miss.
 */
import { createHash } from 'node:crypto';

/** findings: [{ file, line, column, ruleId }] with file relative to the corpus. */
export function fingerprint(findings) {
  const keys = findings.map((f) => `${f.file}:${f.line}:${f.column}:${f.ruleId}`).sort();
  return { count: keys.length, hash: createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 12) };
}

export function precisionRecall(findings, labels) {
  const flagged = new Set(findings.map((f) => `${f.file}:${f.line}`));
  let truePositives = 0;
  let onNoise = 0;
  const kindOf = new Map();
  for (const [file, lines] of Object.entries(labels)) for (const { line, kind } of lines) kindOf.set(`${file}:${line}`, kind);
  for (const key of flagged) {
    const kind = kindOf.get(key);
    if (kind === 'problem') truePositives++;
    else if (kind === 'noise') onNoise++;
  }
  let planted = 0;
  for (const kind of kindOf.values()) if (kind === 'problem') planted++;
  return {
    precision: truePositives / flagged.size,
    recall: truePositives / planted,
    planted,
    flaggedLines: flagged.size,
    onNoise,
    unplanned: flagged.size - truePositives - onNoise,
  };
}

/** The CLI's --format json report, as findings with corpus-relative paths. */
export function findingsFromCliJson(report) {
  return report.files.flatMap((file) => file.findings.map((f) => ({ file: file.path, line: f.line, column: f.column, ruleId: f.ruleId })));
}
