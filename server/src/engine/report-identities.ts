/**
 * The findings one rule has reported so far, by identity (message id, range,
 * data), so that the same finding reported twice counts once, also past the
 * per-rule cap where reports are only counted.
 *
 * Kept compactly because a generated file makes hundreds of thousands of
 * reports: their message id and data repeat and their ranges differ, so each
 * distinct message id and data is one string, and each range under it one
 * number. A string key per report (the finding key) held 100 MB and took half
 * the lint's time on a 5 MB list of 262,000 private URLs.
 */
import type { Report } from './rule';

/** Ranges fold into one exact number while (length + 1)² < 2⁵³; a longer text (never linted, see limits.ts) keys them as strings. */
const NUMERIC_RANGES_BELOW = 2 ** 26;

export class ReportIdentities {
  /** Message id and data → the ranges reported with them: one range alone, or a set once there are more. */
  private ranges: Map<string, number | string | Set<number | string>> | undefined;

  constructor(private readonly textLength: number) {}

  /** Remembers the report; false when one with the same identity was already added. */
  add(report: Report<string>): boolean {
    const start = clamp(report.offset, this.textLength);
    const end = clamp(report.offset + report.length, this.textLength);
    const range = this.textLength < NUMERIC_RANGES_BELOW ? start * (this.textLength + 1) + end : `${start}:${end}`;
    const key = dataIdentity(report.messageId, report.data);
    // Made at the first report: every rule has one per lint, and most rules report nothing in most files.
    const ranges = (this.ranges ??= new Map());
    const known = ranges.get(key);
    if (known === undefined) {
      ranges.set(key, range);
      return true;
    }
    if (known instanceof Set) {
      if (known.has(range)) return false;
      known.add(range);
      return true;
    }
    if (known === range) return false;
    ranges.set(key, new Set([known, range]));
    return true;
  }
}

/** Offsets clamped to the text, as LineIndex.range does when the finding is made. */
function clamp(offset: number, textLength: number): number {
  return Math.max(0, Math.min(offset, textLength));
}

/**
 * A message id and its data as one string. Keys sorted: the same data built
 * in another order is the same finding. Strings quoted: 1 and "1" differ, and
 * no value can pose as a key. Joined by hand rather than JSON.stringify of
 * the whole object: a generated file makes this hundreds of thousands of times.
 */
export function dataIdentity(messageId: string, data: Record<string, string | number> | undefined): string {
  let key = messageId;
  if (data === undefined) return key;
  for (const name of sortedKeys(data)) {
    const value = data[name];
    key += `\u0000${name}=${typeof value === 'number' ? value : JSON.stringify(value)}`;
  }
  return key;
}

/** The data's keys in code-unit order; rules mostly write them in order already, and then they are not sorted (sort copies the list). */
function sortedKeys(data: Record<string, string | number>): string[] {
  const names = Object.keys(data);
  for (let i = 1; i < names.length; i++) if (names[i - 1] > names[i]) return names.sort();
  return names;
}
