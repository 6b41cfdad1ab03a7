/**
 * Gives the memory of closed documents back. V8 collects garbage when the
 * program allocates, not when it is idle: after an editor closes 500 files
 * nothing triggers a collection, and the server's heap, and its RSS, stay at
 * their peak (143 → 205 MB over five cycles of opening and closing 500
 * files) until the next burst of work. One full collection a moment after
 * the last close of a burst brings them back to where they started.
 *
 * The collector is V8's `gc`, reached through `--expose-gc`. The server's
 * entry file sets that flag before the bundle is compiled (startup/entry.ts),
 * as V8 rejects a code cache made under other flags; setting it here again
 * changes nothing then, and makes it work when the server runs without the
 * entry file (from `out/`, in tests).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

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

let gc: (() => void) | undefined;

function fullCollection(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    // A new context gets the `gc` global the flag adds; the running one was made before it.
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
