/**
 * How people write severities and rule ids, shared by the CLI's `--rule` and
 * the config file: `warn` is accepted for `warning` (ESLint and most linters
 * spell it so), and a near-miss rule id gets a "did you mean".
 */
import type { SeveritySetting } from './types';

const SEVERITY_WORDS: Record<string, SeveritySetting> = { off: 'off', info: 'info', warning: 'warning', warn: 'warning', error: 'error' };

/** `warn` -> `warning`; the four canonical words as themselves; anything else undefined. */
export function parseSeverity(text: string): SeveritySetting | undefined {
  return Object.hasOwn(SEVERITY_WORDS, text) ? SEVERITY_WORDS[text] : undefined;
}

/** "did you mean" for a near miss (up to 3 edits), else the list of known ids. */
export function suggestRuleId(id: string, known: readonly string[]): string {
  const near = known.map((candidate) => ({ candidate, distance: editDistance(id, candidate) })).sort((a, b) => a.distance - b.distance)[0];
  return near && near.distance <= 3 ? `did you mean "${near.candidate}"?` : `known rules: ${known.join(', ')}`;
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
