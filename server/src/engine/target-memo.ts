/**
 * The targets of a scalar's value (LintFile.targets), shared between files:
 * a first look that says a value can hold none, and a memo by value.
 */
import { extractTargets, type NetworkTarget } from './targets';
import { ownCopy } from './own-copy';

/**
 * Targets by value: extractTargets is a pure function of the string (offsets
 * are into the value), and configs repeat values, and a file being edited
 * repeats all but one document's. Bounded: cleared when full; long values are
 * not kept (at most about 10 MB of keys). Callers only read the targets.
 */
const TARGET_MEMO_ENTRIES = 20_000;
const TARGET_MEMO_VALUE_LENGTH = 512;
/** One map per kind of value (host list or not), keyed by the value itself: a prefixed key was a new string to hash every time. */
const HOST_LIST_TARGETS = new Map<string, NetworkTarget[]>();
const VALUE_TARGETS = new Map<string, NetworkTarget[]>();

/** The targets of a value that has none; shared, as callers only read targets. */
export const NO_TARGETS: NetworkTarget[] = [];

/**
 * Whether extractTargets can find anything in a value that is not a host
 * list: a URL has `://`, a connection string `=`, a host mapping `:` or `=`,
 * an IPv4 address `.` and an IPv6 address `:`. Exact, so a value without any
 * of them is skipped, not misread.
 */
export function mayHoldTarget(value: string): boolean {
  return value.includes(':') || value.includes('.') || value.includes('=');
}

export function memoisedTargets(value: string, hostList: boolean): NetworkTarget[] {
  if (value.length > TARGET_MEMO_VALUE_LENGTH) return extractTargets(value, { hostList });
  const memo = hostList ? HOST_LIST_TARGETS : VALUE_TARGETS;
  let targets = memo.get(value);
  if (!targets) {
    if (HOST_LIST_TARGETS.size + VALUE_TARGETS.size >= TARGET_MEMO_ENTRIES) {
      HOST_LIST_TARGETS.clear();
      VALUE_TARGETS.clear();
    }
    // The memo outlives the file: its key, and the targets' pieces of it, must not hold the file's text (own-copy.ts).
    const own = ownCopy(value);
    targets = extractTargets(own, { hostList });
    memo.set(own, targets);
  }
  return targets;
}
