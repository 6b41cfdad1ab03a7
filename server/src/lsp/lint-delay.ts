/**
 * How long the server waits after an edit before linting: the debounce.
 * A fixed 200 ms made every file wait as long as the slowest needed. Instead
 * the wait follows the document's last lint: short while lints are cheap
 * (almost every file), as long as a lint takes when they are not, so that
 * while someone types without pause at most about half the server's time goes
 * to linting and the rest stays free for their requests. Capped, so even a
 * huge file is linted soon after typing stops.
 */

/** The wait after an edit while the document's lints take less than this. */
export const MIN_LINT_DELAY_MS = 50;
/** The longest wait, however slow the last lint was. */
export const MAX_LINT_DELAY_MS = 300;

/** The wait before the next lint of a document whose last lint took `lastLintMs` (undefined: not linted yet). */
export function lintDelayAfter(lastLintMs: number | undefined): number {
  if (lastLintMs === undefined || !Number.isFinite(lastLintMs)) return MIN_LINT_DELAY_MS;
  return Math.round(Math.min(MAX_LINT_DELAY_MS, Math.max(MIN_LINT_DELAY_MS, lastLintMs)));
}
