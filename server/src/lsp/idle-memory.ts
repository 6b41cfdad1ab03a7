/**
 * Gives the memory of closed documents back. V8 collects garbage when the
 * program allocates, not when it is idle: after an editor closes 500 files
 * nothing triggers a collection, and the server's heap, and its RSS, stay at
 * their peak (143 → 205 MB over five cycles of opening and closing 500
 * files) until the next burst of work. One full collection a moment after
 * the last close of a burst brings them back to where they started.
 * The collector is V8's own (memory/full-collection.ts).
 */
import { fullCollection } from '../memory/full-collection';

/** Long enough for a burst of closes (a folder's editors closed together) to end, short enough to be done before the next work. */
export const COLLECT_AFTER_MS = 200;

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly collect: () => void = fullCollection,
    private readonly delayMs = COLLECT_AFTER_MS,
  ) {}

  /** A document closed: collect once, `delayMs` after the last close of a burst. */
  documentClosed(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.collect();
    }, this.delayMs);
    // Never what keeps the process alive.
    this.timer.unref();
  }
}
