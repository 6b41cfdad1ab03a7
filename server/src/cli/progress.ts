/**
 * A progress line on stderr for long scans: files done of the total and files
 * per second, redrawn in place. Only on a terminal (a CI log or a pipe would
 * fill with carriage returns) and only once a scan has run for a while, so
 * short runs print nothing extra.
 */

/** Scans quicker than this show no progress at all. */
export const PROGRESS_DELAY_MS = 2000;
/** At most this often a redraw, so the terminal is not the bottleneck. */
const REDRAW_INTERVAL_MS = 100;

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export class ProgressLine {
  private readonly startedAt: number;
  private lastDrawnAt = -Infinity;
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.startedAt = now();
  }

  update(done: number, total: number): void {
    if (this.stream.isTTY !== true) return;
    const time = this.now();
    const elapsed = time - this.startedAt;
    if (elapsed < PROGRESS_DELAY_MS || (time - this.lastDrawnAt < REDRAW_INTERVAL_MS && done < total)) return;
    this.lastDrawnAt = time;
    this.shown = true;
    const rate = Math.round(done / (elapsed / 1000));
    // \r to the line's start, \x1b[K clears what a longer earlier line left.
    this.stream.write(`\r\x1b[Kinternet-first-lint: ${done}/${total} files (${rate} files/s)`);
  }

  /** Removes the line, so the report starts on a clean line. */
  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
