/**
 * One pending timer per key (a document URI): a burst of edits to one document
 * produces one lint, while edits to another document do not delay it.
 */
export class KeyedDebouncer {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly delayMs: number) {}

  /** Run `task` after the delay, replacing any task still pending for `key`. */
  schedule(key: string, task: () => void, delayMs = this.delayMs): void {
    this.cancel(key);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      task();
    }, delayMs);
    this.timers.set(key, timer);
  }

  cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) {
      clearTimeout(timer);
      this.timers.delete(key);
    }
  }

  cancelAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
