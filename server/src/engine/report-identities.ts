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
  /**
   * The first reports (up to FEW) and their ranges, compared field by field:
   * most rules report a handful of findings in a file, and making an identity
   * string for each cost more than the rest of the bookkeeping.
   */
  private few: Array<Report<string>> | undefined;
  private fewRanges: Array<number | string> | undefined;
  /** Message id and data → the ranges reported with them: one range alone, or a set once there are more. */
  private ranges: Map<string, number | string | Set<number | string>> | undefined;

  constructor(private readonly textLength: number) {}

  /** Remembers the report; false when one with the same identity was already added. */
  add(report: Report<string>): boolean {
    const start = clamp(report.offset, this.textLength);
    const end = clamp(report.offset + report.length, this.textLength);
    const range = this.textLength < NUMERIC_RANGES_BELOW ? start * (this.textLength + 1) + end : `${start}:${end}`;
    if (this.ranges === undefined) {
      // Made at the first report: every rule has one per lint, and most rules report nothing in most files.
      const few = (this.few ??= []);
      const fewRanges = (this.fewRanges ??= []);
      for (let i = 0; i < few.length; i++) if (fewRanges[i] === range && sameIdentity(few[i], report)) return false;
      if (few.length < FEW) {
        few.push(report);
        fewRanges.push(range);
        return true;
      }
      // Past FEW, the compact form: the reports are not kept here (a generated file makes hundreds of thousands).
      this.ranges = new Map();
      for (let i = 0; i < few.length; i++) this.remember(dataIdentity(few[i].messageId, few[i].data), fewRanges[i]);
      this.few = this.fewRanges = undefined;
    }
    return this.remember(dataIdentity(report.messageId, report.data), range);
  }

  /** Adds a range under an identity; false when it was there. */
  private remember(key: string, range: number | string): boolean {
    const ranges = this.ranges!;
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

/** How many reports are compared field by field before identity strings are made. */
const FEW = 32;

/**
 * Whether two reports have one identity (dataIdentity) without making it: the
 * same message id, the same data keys, and each value the same as written
 * there (a number and its digits in a string differ). No data is no keys.
 */
export function sameIdentity(a: Report<string>, b: Report<string>): boolean {
  if (a.messageId !== b.messageId) return false;
  const names = a.data ? Object.keys(a.data) : [];
  const other = b.data ? Object.keys(b.data) : [];
  if (names.length !== other.length) return false;
  for (const name of names) {
    if (!Object.prototype.hasOwnProperty.call(b.data, name)) return false;
    const x = a.data![name];
    const y = b.data![name];
    if (x !== y && written(x) !== written(y)) return false;
  }
  return true;
}

/** A data value as dataIdentity writes it. */
function written(value: string | number): string {
  return typeof value === 'number' ? `${value}` : JSON.stringify(value);
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
    key += `\u0000${name}=${written(value)}`;
  }
  return key;
}

/** The data's keys in code-unit order; rules mostly write them in order already, and then they are not sorted (sort copies the list). */
function sortedKeys(data: Record<string, string | number>): string[] {
  const names = Object.keys(data);
  for (let i = 1; i < names.length; i++) if (names[i - 1] > names[i]) return names.sort();
  return names;
}
